// Closed Door's only script, and only an enhancement: every page works without it.
// It counts characters as the author types, offers to copy a delete token, and lets a visitor hide the
// introduction for good: one note in this browser's localStorage, never sent to the board.

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
