// The Alerts page: the user's alerts from `/me/alerts`, a form to create or edit one, and a
// live preview (`POST /me/alerts/preview`) of what the query would have matched in the last
// 7 days; a query the server cannot read is shown at the query field. Needs app.js.
"use strict";

const ALERTS = "/me/alerts";

function alertItem(alert, form) {
  const edit = element("button", { type: "button", textContent: "Edit" });
  const remove = element("button", { type: "button", className: "danger", textContent: "Delete" });
  const item = element(
    "li",
    {},
    element("strong", { textContent: alert.name }),
    element("code", { textContent: alert.query }),
    element("span", { className: "meta", textContent: alert.mode || "" }),
    element("span", { className: "row" }, edit, remove)
  );
  edit.addEventListener("click", () => startEditing(form, alert));
  remove.addEventListener("click", async () => {
    try {
      await api("DELETE", `${ALERTS}/${alert.id}`);
      item.remove();
      document.getElementById("no-alerts").hidden = document.querySelector("#alert-list li") !== null;
      say(`Alert “${alert.name}” deleted.`);
      form.elements.name.focus();
    } catch (error) {
      say(`Not deleted: ${error.message}`);
    }
  });
  return item;
}

function startEditing(form, alert) {
  form.elements.id.value = alert.id;
  form.elements.name.value = alert.name;
  form.elements.query.value = alert.query;
  if (alert.mode) form.elements.mode.value = alert.mode;
  document.getElementById("edit-heading").textContent = `Edit “${alert.name}”`;
  document.getElementById("alert-save").textContent = "Save alert";
  document.getElementById("alert-cancel").hidden = false;
  form.elements.name.focus();
  preview(form);
}

function stopEditing(form) {
  form.reset();
  form.elements.id.value = "";
  document.getElementById("edit-heading").textContent = "New alert";
  document.getElementById("alert-save").textContent = "Create alert";
  document.getElementById("alert-cancel").hidden = true;
  clearFieldErrors(form);
}

async function loadAlerts(form) {
  const list = document.getElementById("alert-list");
  const alerts = await api("GET", ALERTS);
  list.replaceChildren(...alerts.map((alert) => alertItem(alert, form)));
  list.setAttribute("aria-busy", "false");
  document.getElementById("no-alerts").hidden = alerts.length > 0;
}

let previewTimer = null;
let previewRun = 0;

function previewItem(match) {
  const when = match.published ? new Date(match.published).toLocaleDateString() : "";
  const link = element("a", { href: `/web/articles/${match.article_id}`, textContent: match.title });
  return element("li", {}, link, element("span", { className: "meta", textContent: when }));
}

// Runs after typing pauses; a reply to an older query than the latest is dropped.
function preview(form) {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(async () => {
    const query = form.elements.query.value.trim();
    const summary = document.getElementById("alert-preview-summary");
    const list = document.getElementById("alert-preview");
    const run = ++previewRun;
    if (!query) {
      summary.textContent = "Type a query to see.";
      list.replaceChildren();
      return;
    }
    try {
      const found = await api("POST", `${ALERTS}/preview`, { query, since: "7d" });
      if (run !== previewRun) return;
      clearFieldError(form, "query");
      summary.textContent = `${found.total} ${found.total === 1 ? "article" : "articles"} in the last 7 days.`;
      list.replaceChildren(...found.matches.map(previewItem));
    } catch (error) {
      if (run !== previewRun) return;
      clearFieldError(form, "query");
      placeFieldErrors(form, error, "query");
      summary.textContent = "No preview: the query is not accepted yet.";
      list.replaceChildren();
    }
  }, 300);
}

function alertForm(form) {
  form.elements.query.addEventListener("input", () => preview(form));
  document.getElementById("alert-cancel").addEventListener("click", () => stopEditing(form));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const id = form.elements.id.value;
    const body = {
      name: form.elements.name.value.trim(),
      query: form.elements.query.value.trim(),
      mode: form.elements.mode.value,
    };
    try {
      await api(id ? "PATCH" : "POST", id ? `${ALERTS}/${id}` : ALERTS, body);
      say(id ? `Alert “${body.name}” saved.` : `Alert “${body.name}” created.`);
      stopEditing(form);
      await loadAlerts(form);
    } catch (error) {
      showFieldErrors(form, error, "body");
      say(`Not saved: ${error.message}`);
    }
  });
}

document.addEventListener("DOMContentLoaded", async () => {
  const form = document.getElementById("alert-form");
  try {
    await loadAlerts(form);
  } catch (error) {
    if (error.status === 404 || error.status === 405) {
      document.getElementById("alerts-body").hidden = true;
      document.getElementById("alerts-unavailable").hidden = false;
      return;
    }
    say(`Could not list your alerts: ${error.message}`);
  }
  alertForm(form);
});
