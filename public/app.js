// Closed Door's only script, and only an enhancement: every page works without it.
// It counts characters as the author types and offers to copy a delete token.

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
