// The Sources page: the user's own feeds from `/me/feeds` with their health, adding one by a
// site's address (the server finds the feed), importing an OPML file, removing. Needs app.js.
"use strict";

const FEEDS = "/me/feeds";

// Health in words, from the feed's `status` (active, failing, disabled), the last poll's
// error and when it was polled.
function health(feed) {
  if (feed.status === "disabled") return feed.last_error ? `disabled: ${feed.last_error}` : "disabled";
  if (feed.status === "failing") return `failing: ${feed.last_error || "the last poll failed"}`;
  if (feed.last_polled_at) return `checked ${new Date(feed.last_polled_at).toLocaleString()}`;
  return "not checked yet";
}

function feedItem(feed) {
  const remove = element("button", { type: "button", className: "danger", textContent: "Remove" });
  const item = element(
    "li",
    {},
    element("strong", { textContent: feed.title || feed.url }),
    element("span", { className: "url meta", textContent: feed.url }),
    element("span", { className: "meta", textContent: health(feed) }),
    remove
  );
  remove.addEventListener("click", async () => {
    try {
      await api("DELETE", `${FEEDS}/${feed.id}`);
      item.remove();
      document.getElementById("no-feeds").hidden = document.querySelector("#feed-list li") !== null;
      say(`${feed.title || feed.url} removed.`);
      document.getElementById("feed-url").focus();
    } catch (error) {
      say(`Not removed: ${error.message}`);
    }
  });
  return item;
}

async function loadFeeds() {
  const list = document.getElementById("feed-list");
  const feeds = await api("GET", FEEDS);
  list.replaceChildren(...feeds.map(feedItem));
  list.setAttribute("aria-busy", "false");
  document.getElementById("no-feeds").hidden = feeds.length > 0;
}

function addForm(form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const scope = form.parentElement;
    try {
      const feed = await api("POST", FEEDS, { url: form.elements.url.value.trim() });
      clearFieldErrors(scope);
      form.reset();
      say(`Added ${feed.title || feed.url}.`);
      await loadFeeds();
    } catch (error) {
      showFieldErrors(scope, error, "url");
      say(`Not added: ${error.message}`);
    }
  });
}

// What an import did, in words: how many were added, and each refusal with its reason.
function imported(report) {
  const added = `Imported ${report.added.length} ${report.added.length === 1 ? "source" : "sources"}.`;
  const failed = report.failed.map((f) => `${f.url}: ${f.error}`);
  return failed.length ? `${added} Not imported: ${failed.join("; ")}` : added;
}

function importForm(form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = form.elements.file.files[0];
    if (!file) {
      showFieldErrors(form, new ApiError(422, "choose a file first"), "file");
      return;
    }
    try {
      const opml = new Blob([await file.text()], { type: "text/x-opml" });
      const report = await api("POST", `${FEEDS}/import`, opml);
      clearFieldErrors(form);
      form.reset();
      say(imported(report));
      await loadFeeds();
    } catch (error) {
      showFieldErrors(form, error, "file");
      say(`Not imported: ${error.message}`);
    }
  });
}

document.addEventListener("DOMContentLoaded", async () => {
  try {
    await loadFeeds();
  } catch (error) {
    if (error.status === 404 || error.status === 405) {
      document.getElementById("feeds-body").hidden = true;
      document.getElementById("feeds-unavailable").hidden = false;
      return;
    }
    say(`Could not list your sources: ${error.message}`);
  }
  addForm(document.getElementById("feed-add"));
  importForm(document.getElementById("feed-import"));
});
