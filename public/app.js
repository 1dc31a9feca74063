// Closed Door's only script, and only an enhancement: every page works without it.
// It counts characters as the author types, keeps an unsent draft in this tab (sessionStorage, gone with the
// tab, never sent), says a post is being sent, offers to copy a delete token, opens a bookmarked status link (the
// token in its "#", which the browser never sends), and lets a visitor hide the introduction for good: one note in
// this browser's localStorage, never sent to the board.

const MAX_CHARACTERS = 2000;

for (const field of document.querySelectorAll("textarea[data-counter]")) {
  const counter = document.getElementById(field.dataset.counter);
  if (!counter) continue;
  const update = () => {
    const count = [...field.value.trim()].length;
    counter.textContent = `${count.toLocaleString("en")} / ${MAX_CHARACTERS.toLocaleString("en")} characters`;
    counter.classList.toggle("over", count > MAX_CHARACTERS);
  };
  field.addEventListener("input", update);
  update();
}

for (const button of document.querySelectorAll("button[data-copy]")) {
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    await navigator.clipboard.writeText(source.value);
    button.textContent = "Copied";
  });
}

// A bookmarked status link, /status#token=…: the token fills the form, which is sent as if typed, and leaves the
// address bar.
const bookmarked = /^#token=([A-Za-z0-9_-]{1,128})$/.exec(window.location.hash);
const statusForm = document.querySelector('form[action="/status"]');
if (bookmarked && statusForm?.elements.token) {
  statusForm.elements.token.value = bookmarked[1];
  window.history.replaceState(null, "", window.location.pathname);
  statusForm.requestSubmit();
}

const INTRO_DISMISSED = "closed-door:introduction-hidden";

for (const intro of document.querySelectorAll("[data-intro]")) {
  const button = intro.querySelector("[data-dismiss-intro]");
  let storage;
  try {
    storage = window.localStorage;
  } catch {
    continue; // storage is off in this browser: the box still closes like any other
  }
  if (storage.getItem(INTRO_DISMISSED)) {
    intro.remove();
    continue;
  }
  if (!button) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    storage.setItem(INTRO_DISMISSED, "1");
    intro.remove();
  });
}

const DRAFT = "closed-door:draft";

function tabStorage() {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage is off in this browser: nothing is kept
  }
}

// A draft lives in this tab until the board has it: a lost connection, a closed page or the back button keep it.
for (const field of document.querySelectorAll("textarea[data-draft]")) {
  const storage = tabStorage();
  if (!storage) continue;
  const saved = storage.getItem(DRAFT);
  if (saved && field.value.trim() === "") {
    field.value = saved;
    field.dispatchEvent(new Event("input"));
    const note = document.createElement("p");
    note.className = "draft-restored";
    note.textContent = "Your unsent draft is back, from this tab.";
    field.before(note);
  }
  field.addEventListener("input", () => storage.setItem(DRAFT, field.value));
}

// The board has the post (published or held): the draft is no longer needed.
if (document.querySelector("[data-post-sent]")) tabStorage()?.removeItem(DRAFT);

// While a post is being sent, say so, and keep a second press from sending it twice.
for (const form of document.querySelectorAll("form[data-sending]")) {
  form.addEventListener("submit", () => {
    const button = form.querySelector("button[type=submit]");
    if (!button) return;
    const label = button.textContent;
    button.disabled = true;
    button.textContent = form.dataset.sending;
    form.setAttribute("aria-busy", "true");
    // Back from another page (or a failed send), the button works again.
    window.addEventListener("pageshow", () => {
      button.disabled = false;
      button.textContent = label;
      form.removeAttribute("aria-busy");
    });
  });
}
