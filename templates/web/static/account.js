// "Make a new API key": posts with the sign-in cookie and shows the new key once.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("api-key");
  if (!form) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const output = form.elements.key;
    const response = await fetch("/web/api-key", {
      method: "POST",
      headers: { "X-Requested-With": "alerts-web", Accept: "application/json" },
      credentials: "same-origin",
    });
    const data = await response.json();
    output.textContent = response.ok
      ? `Your new key (shown once): ${data.api_key}`
      : `No new key: ${data.detail}`;
  });
});
