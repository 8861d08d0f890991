// The Channels page: webhooks (add, with the secret shown once; rotate; test; remove), the
// personal feed's addresses (rotate), and other services through Apprise (`/me/channels`:
// list, add, test, remove). Needs app.js.
"use strict";

function showSecret(secret) {
  const box = document.getElementById("webhook-secret");
  document.getElementById("webhook-secret-value").textContent = secret;
  box.hidden = false;
}

function webhookItem(hook) {
  const item = element(
    "li",
    {},
    element("span", { className: "url", textContent: hook.url }),
    element("span", { className: "meta", textContent: hook.status }),
    element(
      "span",
      { className: "row" },
      element("button", { type: "button", textContent: "Send test" }),
      element("button", { type: "button", textContent: "Rotate secret" }),
      element("button", { type: "button", className: "danger", textContent: "Remove" })
    )
  );
  item.dataset.id = hook.id;
  const [test, rotate, remove] = item.querySelectorAll("button");
  test.dataset.action = "test";
  rotate.dataset.action = "rotate";
  remove.dataset.action = "remove";
  return item;
}

async function webhookAction(item, action) {
  const id = item.dataset.id;
  if (action === "test") {
    const probe = await api("POST", `/me/webhooks/${id}/test`);
    say(probe.delivered ? `Test delivered (HTTP ${probe.status}).` : `Test not delivered: ${probe.error || `HTTP ${probe.status}`}.`);
  } else if (action === "rotate") {
    const hook = await api("POST", `/me/webhooks/${id}/rotate`);
    showSecret(hook.secret);
    say("New secret made: the old one no longer signs events.");
  } else if (action === "remove") {
    await api("DELETE", `/me/webhooks/${id}`);
    item.remove();
    document.getElementById("webhook-url").focus();
    say("Webhook removed.");
  }
}

function webhooks() {
  const list = document.getElementById("webhook-list");
  list.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    try {
      await webhookAction(button.closest("li"), button.dataset.action);
    } catch (error) {
      say(`Could not ${button.textContent.toLowerCase()}: ${error.message}`);
    }
  });
  const form = document.getElementById("webhook-add");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const hook = await api("POST", "/me/webhooks", { url: form.elements.url.value.trim() });
      clearFieldErrors(form.parentElement);
      list.append(webhookItem(hook));
      const none = document.getElementById("no-webhooks");
      if (none) none.remove();
      showSecret(hook.secret);
      form.reset();
      say("Webhook added.");
    } catch (error) {
      showFieldErrors(form.parentElement, error, "url");
      say(`Not added: ${error.message}`);
    }
  });
}

function inboxFeed() {
  document.getElementById("rotate-feed").addEventListener("click", async () => {
    try {
      const urls = await api("POST", "/me/inbox-feed/rotate");
      document.getElementById("atom-url").value = urls.atom_url;
      document.getElementById("json-url").value = urls.json_url;
      say("New feed addresses: the old ones no longer work.");
    } catch (error) {
      say(`Not rotated: ${error.message}`);
    }
  });
}

// ---- Apprise channels. ----

function appriseItem(channel) {
  const test = element("button", { type: "button", textContent: "Send test" });
  const remove = element("button", { type: "button", className: "danger", textContent: "Remove" });
  test.dataset.action = "test";
  remove.dataset.action = "remove";
  const item = element(
    "li",
    {},
    element("strong", { textContent: channel.name }),
    element("span", { className: "meta", textContent: channel.service }),
    element("span", { className: "url", textContent: channel.url }),
    element("span", { className: "row" }, test, remove)
  );
  item.dataset.id = channel.id;
  return item;
}

async function appriseAction(item, action) {
  if (action === "test") {
    const probe = await api("POST", `/me/channels/${item.dataset.id}/test`);
    say(probe.delivered ? "Test delivered." : `Test not delivered: ${probe.error}`);
  } else if (action === "remove") {
    await api("DELETE", `/me/channels/${item.dataset.id}`);
    item.remove();
    document.getElementById("apprise-url").focus();
    say("Service removed.");
  }
}

async function apprise(section) {
  const list = document.getElementById("apprise-list");
  try {
    const channels = await api("GET", section.dataset.api);
    list.replaceChildren(...channels.map(appriseItem));
  } catch (error) {
    // A server without the channels API (404) says so instead of offering a form.
    if (error.status !== 404 && error.status !== 405) throw error;
    document.getElementById("apprise-body").hidden = true;
    document.getElementById("apprise-unavailable").hidden = false;
    return;
  }
  list.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    try {
      await appriseAction(button.closest("li"), button.dataset.action);
    } catch (error) {
      say(`Could not ${button.textContent.toLowerCase()}: ${error.message}`);
    }
  });
  const form = document.getElementById("apprise-add");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const url = form.elements.url.value.trim();
    const name = form.elements.name.value.trim();
    try {
      const channel = await api("POST", section.dataset.api, name ? { url, name } : { url });
      clearFieldErrors(form);
      list.append(appriseItem(channel));
      form.reset();
      say(`${channel.name} added.`);
    } catch (error) {
      showFieldErrors(form, error, "url");
      say(`Not added: ${error.message}`);
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  webhooks();
  inboxFeed();
  apprise(document.getElementById("apprise")).catch((error) => say(`Other services: ${error.message}`));
});
