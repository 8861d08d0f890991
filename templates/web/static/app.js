// The web app's shared script: the API call every page uses, errors shown at their field,
// the topic bells and their menu, topic autocomplete, the inbox and the preferences form.
// Pages with more to do load their own script after this one (channels.js, alerts.js,
// feeds.js). Every change goes to the JSON API with the sign-in cookie; the
// X-Requested-With header is what the API asks of cookie-authenticated changes (no
// cross-site form can send it).
"use strict";

const CSRF = { "X-Requested-With": "alerts-web" };

class ApiError extends Error {
  constructor(status, detail) {
    super(ApiError.describe(status, detail));
    this.status = status;
    this.detail = detail;
  }

  static describe(status, detail) {
    if (Array.isArray(detail)) {
      // A refusal of the whole body ("the name is taken") is said without a field's name.
      const where = (d) => (d.loc || []).slice(-1)[0] || "input";
      return detail.map((d) => (where(d) === "body" ? d.msg : `${where(d)}: ${d.msg}`)).join("; ");
    }
    return detail || `HTTP ${status}`;
  }
}

// One call to the API: JSON in and out (a Blob body is sent as it is, with its type).
async function api(method, path, body) {
  const blob = body instanceof Blob;
  let headers = CSRF;
  if (blob) headers = { ...CSRF, "Content-Type": body.type };
  else if (body !== undefined) headers = { ...CSRF, "Content-Type": "application/json" };
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined || blob ? body : JSON.stringify(body),
  });
  const type = response.headers.get("content-type") || "";
  const data = response.status === 204 || !type.includes("json") ? null : await response.json();
  if (!response.ok) throw new ApiError(response.status, data && data.detail);
  return data;
}

function say(message) {
  document.querySelectorAll(".status").forEach((el) => (el.textContent = message));
}

// A refusal shown next to the most specific field it names (`[data-field]` inside `scope`:
// `body.name` before `body`), after clearing what an earlier refusal said; a refusal that
// names no known field goes to `fallback`'s error (or the status line). Returns whether
// anything was placed at a field.
function showFieldErrors(scope, error, fallback) {
  clearFieldErrors(scope);
  return placeFieldErrors(scope, error, fallback);
}

// `showFieldErrors` without the clearing: for a check that speaks of one field only.
function placeFieldErrors(scope, error, fallback) {
  const items = Array.isArray(error.detail) ? error.detail : [{ loc: [fallback], msg: error.message }];
  let placed = false;
  for (const item of items) {
    const loc = [...(item.loc || [])].reverse();
    const name = loc.find((part) => scope.querySelector(`[data-field="${part}"]`));
    const slot = scope.querySelector(`[data-field="${name || fallback}"]`);
    if (!slot) continue;
    slot.textContent = String(item.msg).replace(/^Value error, /, "");
    const input = scope.querySelector(`[aria-describedby~="${slot.id}"]`);
    if (input) input.setAttribute("aria-invalid", "true");
    placed = true;
  }
  return placed;
}

function clearFieldErrors(scope) {
  scope.querySelectorAll(".field-error").forEach((el) => (el.textContent = ""));
  scope.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
}

// One field's error only: a check that answers on its own clock (a preview) must not wipe
// what a save said of the other fields.
function clearFieldError(scope, field) {
  const slot = scope.querySelector(`[data-field="${field}"]`);
  if (!slot) return;
  slot.textContent = "";
  scope.querySelector(`[aria-describedby~="${slot.id}"]`)?.removeAttribute("aria-invalid");
}

function element(tag, props, ...children) {
  const el = Object.assign(document.createElement(tag), props || {});
  el.append(...children.filter((child) => child !== null && child !== undefined));
  return el;
}

// ---- Topic bells: a menu of instant / daily / weekly, the channel, and unfollow. ----

const MODES = ["instant", "daily", "weekly"];

// An alert's follow moves through the alert, which takes a kind of channel, not one
// Apprise channel by name (that is for `/me/follows`).
function channelChoices(bell) {
  const holder = document.querySelector("[data-channels]");
  const choices = holder ? JSON.parse(holder.dataset.channels) : [{ value: "email", label: "E-mail", ready: true, hint: "", kind: "email" }];
  return bell.dataset.alertId ? choices.filter((c) => c.value === c.kind) : choices;
}

function followsOf(bell) {
  return JSON.parse(bell.dataset.follows || "[]");
}

// Every bell of a topic (a page may show one topic twice) shows the same follows.
function showFollows(topic, follows) {
  document.querySelectorAll(`.bell[data-topic="${CSS.escape(topic)}"]`).forEach((bell) => {
    bell.dataset.follows = JSON.stringify(follows);
    bell.dataset.followed = follows.length ? "true" : "false";
    bell.setAttribute("aria-label", `Alerts for ${bell.dataset.label}${follows.length ? ": followed" : ""}`);
    const chip = bell.closest(".chip");
    chip.classList.toggle("followed", follows.length > 0);
    const modes = [...new Set(follows.map((f) => f.mode))];
    chip.querySelector(".mode").textContent = modes.length ? `· ${modes.join("/")}` : "";
  });
}

function closeMenu(bell, focusBell) {
  const menu = bell.parentElement.querySelector(".menu");
  if (menu) menu.remove();
  bell.setAttribute("aria-expanded", "false");
  bell.removeAttribute("aria-controls");
  if (focusBell) bell.focus();
}

function closeAllMenus(except) {
  document.querySelectorAll('.bell[aria-expanded="true"]').forEach((bell) => {
    if (bell !== except) closeMenu(bell, false);
  });
}

function menuFor(bell) {
  const topic = bell.dataset.label;
  const follows = followsOf(bell);
  const choices = channelChoices(bell);
  const id = `menu-${Math.random().toString(36).slice(2)}`;
  const select = element("select", { name: "channel" });
  for (const choice of choices) {
    const label = choice.ready ? choice.label : `${choice.label} (${choice.hint})`;
    select.append(element("option", { value: choice.value, disabled: !choice.ready, textContent: label }));
  }
  const followed = follows[0];
  select.value = followed ? followed.channel : choices.find((c) => c.ready).value;
  const modes = element("div", { className: "modes", role: "group" });
  modes.setAttribute("aria-label", "When");
  for (const mode of MODES) {
    const button = element("button", { type: "button", textContent: mode[0].toUpperCase() + mode.slice(1) });
    button.dataset.mode = mode;
    modes.append(button);
  }
  const unfollow = element("button", { type: "button", className: "danger", textContent: "Unfollow" });
  unfollow.dataset.unfollow = "true";
  const menu = element(
    "div",
    { className: "menu", id },
    element("p", { textContent: `Alerts for ${topic}` }),
    element("label", {}, "Channel ", select),
    modes,
    unfollow
  );
  menu.setAttribute("role", "group");
  menu.setAttribute("aria-label", `Alerts for ${topic}`);
  const refresh = () => {
    const current = followsOf(bell).find((f) => f.channel === select.value);
    modes.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(Boolean(current && current.mode === b.dataset.mode))));
    unfollow.hidden = !current;
  };
  select.addEventListener("change", refresh);
  refresh();
  return menu;
}

function openMenu(bell) {
  closeAllMenus(bell);
  const menu = menuFor(bell);
  bell.after(menu);
  bell.setAttribute("aria-expanded", "true");
  bell.setAttribute("aria-controls", menu.id);
  menu.querySelector("select").focus();
}

// An alert is not a topic of /me/follows: its one follow is made or moved through the
// alert (`PATCH /me/alerts/{id}`); returns the alert's follows afterwards.
async function followAlert(bell, channel, mode) {
  await api("PATCH", `/me/alerts/${bell.dataset.alertId}`, { channel, mode });
  const follows = await api("GET", "/me/follows");
  return follows
    .filter((f) => f.topic === bell.dataset.topic)
    .map((f) => ({ id: f.id, channel: f.channel, mode: f.mode }));
}

// Follow on the chosen channel in `mode` (or stop following there), then close the menu
// and put the keyboard back on the bell.
async function chooseFollow(bell, mode) {
  const topic = bell.dataset.topic;
  const label = bell.dataset.label;
  const menu = bell.parentElement.querySelector(".menu");
  const channel = menu.querySelector("select").value;
  const follows = followsOf(bell);
  const current = follows.find((f) => f.channel === channel);
  menu.querySelectorAll("button, select").forEach((el) => (el.disabled = true));
  try {
    let kept = follows.filter((f) => f !== current);
    if (mode === null) {
      await api("DELETE", `/me/follows/${current.id}`);
      say(`You no longer follow ${label} by ${channel}.`);
    } else if (!current && bell.dataset.alertId) {
      kept = await followAlert(bell, channel, mode);
      say(`You follow ${label}: ${mode}, by ${channel}.`);
    } else {
      const saved = current
        ? await api("PATCH", `/me/follows/${current.id}`, { mode })
        : await api("POST", "/me/follows", { topic, channel, mode });
      kept = [...kept, { id: saved.id, channel: saved.channel, mode: saved.mode }];
      say(`You follow ${label}: ${mode}, by ${channel}.`);
    }
    showFollows(topic, kept);
  } catch (error) {
    say(`Could not change ${label}: ${error.message}`);
  }
  closeMenu(bell, true);
}

document.addEventListener("click", (event) => {
  const bell = event.target.closest("button.bell");
  if (bell) {
    if (bell.getAttribute("aria-expanded") === "true") closeMenu(bell, true);
    else openMenu(bell);
    return;
  }
  const menu = event.target.closest(".menu");
  if (!menu) {
    closeAllMenus(null);
    return;
  }
  const owner = menu.parentElement.querySelector(".bell");
  const choice = event.target.closest("button");
  if (choice && choice.dataset.mode) chooseFollow(owner, choice.dataset.mode);
  if (choice && choice.dataset.unfollow) chooseFollow(owner, null);
});

// Tabbing out of a chip whose menu is open closes the menu, as clicking elsewhere does.
document.addEventListener("focusout", (event) => {
  const chip = event.target.closest && event.target.closest(".chip");
  if (chip && chip.querySelector(".menu") && event.relatedTarget && !chip.contains(event.relatedTarget)) {
    closeMenu(chip.querySelector(".bell"), false);
  }
});

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const menu = event.target.closest && event.target.closest(".menu");
  if (menu) closeMenu(menu.parentElement.querySelector(".bell"), true);
});

// ---- Topic autocomplete in the bar. ----

function autocomplete(input) {
  const list = document.getElementById("topic-suggestions");
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return;
    timer = setTimeout(async () => {
      try {
        const topics = await api("GET", `/topics?q=${encodeURIComponent(q)}&limit=8`);
        list.replaceChildren(...topics.map((t) => element("option", { value: t.name })));
      } catch (error) {
        list.replaceChildren();
      }
    }, 150);
  });
}

// ---- The inbox: mark a story read or unread, or everything read. ----

function showRead(item, read) {
  item.classList.toggle("unread", !read);
  item.classList.toggle("read", read);
  item.dataset.unread = String(!read);
  item.querySelector(".state").textContent = read ? "" : " (unread)";
  const button = item.querySelector("button.mark");
  button.dataset.read = String(read);
  button.textContent = read ? "Mark unread" : "Mark read";
}

function inbox(list) {
  list.addEventListener("click", async (event) => {
    const button = event.target.closest("button.mark");
    if (!button) return;
    const item = button.closest("li");
    const read = button.dataset.read !== "true";
    try {
      await api("PATCH", `/me/notifications/${item.dataset.notificationId}`, { read });
      showRead(item, read);
      say(read ? "Marked read." : "Marked unread.");
    } catch (error) {
      say(`Not changed: ${error.message}`);
    }
    button.focus();
  });
  const all = document.getElementById("read-all");
  if (all) {
    all.addEventListener("click", async () => {
      try {
        const answer = await api("POST", "/me/notifications/read-all");
        list.querySelectorAll(":scope > li").forEach((item) => showRead(item, true));
        say(`Marked ${answer.marked} ${answer.marked === 1 ? "story" : "stories"} read.`);
      } catch (error) {
        say(`Not changed: ${error.message}`);
      }
    });
  }
}

// ---- Preferences. ----

function preferencesBody(form) {
  const value = (name) => form.elements[name].value.trim();
  const start = value("quiet_start");
  const end = value("quiet_end");
  const cap = value("instant_cap_per_hour");
  return {
    timezone: value("timezone"),
    digest_hour: Number(value("digest_hour")),
    weekly_weekday: value("weekly_weekday"),
    quiet_hours: start && end ? { start, end } : null,
    quiet_mode: value("quiet_mode"),
    instant_cap_per_hour: cap ? Number(cap) : null,
    paused: form.elements.paused.checked,
    default_channel: value("default_channel"),
  };
}

function preferences(form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const start = form.elements.quiet_start.value;
    const end = form.elements.quiet_end.value;
    if (Boolean(start) !== Boolean(end)) {
      const detail = [{ loc: ["quiet_hours"], msg: "give both times, or neither" }];
      showFieldErrors(form, new ApiError(422, detail), "quiet_hours");
      say("Not saved: quiet hours need both times.");
      return;
    }
    try {
      await api("PUT", "/me/preferences", preferencesBody(form));
      clearFieldErrors(form);
      say("Saved.");
    } catch (error) {
      showFieldErrors(form, error, "timezone");
      say(`Not saved: ${error.message}`);
    }
  });
}

// Copy buttons: `data-copy` names the input whose value they copy.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const input = document.getElementById(button.dataset.copy);
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    say("Copied.");
  } catch (error) {
    say("Selected: press Ctrl+C (or ⌘C) to copy.");
  }
});

document.addEventListener("DOMContentLoaded", () => {
  const search = document.getElementById("topic-search");
  if (search) autocomplete(search);
  const form = document.getElementById("preferences");
  if (form) preferences(form);
  const stories = document.querySelector("ul.stories");
  if (stories) inbox(stories);
});
