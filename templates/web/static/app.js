// The follow page's only script: bells that follow/unfollow, topic autocomplete, and the
// preferences form. It calls the JSON API with the sign-in cookie; the X-Requested-With
// header is what the API asks of cookie-authenticated changes (no cross-site form can send it).
"use strict";

const HEADERS = { "Content-Type": "application/json", "X-Requested-With": "alerts-web" };

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: HEADERS,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = response.status === 204 ? null : await response.json();
  if (!response.ok) {
    const detail = data && data.detail;
    const message = Array.isArray(detail)
      ? detail.map((d) => `${(d.loc || []).slice(-1)[0] || "input"}: ${d.msg}`).join("; ")
      : detail || `HTTP ${response.status}`;
    throw new Error(message);
  }
  return data;
}

function say(message) {
  document.querySelectorAll(".status").forEach((el) => (el.textContent = message));
}

function showBells(topic, followId) {
  document.querySelectorAll(`.bell[data-topic="${CSS.escape(topic)}"]`).forEach((bell) => {
    bell.dataset.followId = followId || "";
    bell.setAttribute("aria-pressed", followId ? "true" : "false");
    bell.setAttribute("aria-label", `${followId ? "Unfollow" : "Follow"} ${topic}`);
    bell.title = `${followId ? "Stop alerts for" : "Get alerts for"} ${topic}`;
    bell.closest(".chip").classList.toggle("followed", Boolean(followId));
  });
}

async function toggle(bell) {
  const topic = bell.dataset.topic;
  bell.disabled = true;
  try {
    if (bell.dataset.followId) {
      await api("DELETE", `/me/follows/${bell.dataset.followId}`);
      showBells(topic, "");
      say(`You no longer follow ${topic}.`);
    } else {
      const follow = await api("POST", "/me/follows", { topic, mode: "instant" });
      showBells(topic, String(follow.id));
      say(`You follow ${topic}.`);
    }
  } catch (error) {
    say(`Could not change ${topic}: ${error.message}`);
  } finally {
    bell.disabled = false;
  }
}

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
        list.replaceChildren(
          ...topics.map((t) => Object.assign(document.createElement("option"), { value: t.name }))
        );
      } catch (error) {
        list.replaceChildren();
      }
    }, 150);
  });
}

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

document.addEventListener("click", (event) => {
  const bell = event.target.closest("button.bell");
  if (bell) toggle(bell);
});

document.addEventListener("DOMContentLoaded", () => {
  const search = document.getElementById("topic-search");
  if (search) autocomplete(search);
  const form = document.getElementById("preferences");
  if (form) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        await api("PUT", "/me/preferences", preferencesBody(form));
        say("Saved.");
      } catch (error) {
        say(`Not saved: ${error.message}`);
      }
    });
  }
});
