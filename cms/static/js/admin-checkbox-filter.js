// A field above each long checkbox list (cms/widgets.py FilterableCheckboxList): typing part of a
// name hides the choices that do not contain it; what is ticked stays ticked and is counted below.
(() => {
  const setUp = (list) => {
    if (list.dataset.filterReady) return;
    list.dataset.filterReady = "true";
    const choices = Array.from(list.querySelectorAll(":scope > div"));
    const filter = document.createElement("input");
    filter.type = "search";
    filter.className = "checkbox-list__filter";
    filter.placeholder = "Type part of a name to filter";
    filter.setAttribute("aria-label", "Filter the choices");
    filter.setAttribute("aria-controls", list.id);
    const count = document.createElement("p");
    count.className = "checkbox-list__count";
    count.setAttribute("aria-live", "polite");
    const showCount = () => {
      const ticked = list.querySelectorAll("input:checked");
      const names = Array.from(ticked, (input) => input.parentElement.textContent.trim());
      count.textContent = names.length ? `Chosen (${names.length}): ${names.join(", ")}` : "None chosen.";
    };
    filter.addEventListener("input", () => {
      const text = filter.value.trim().toLowerCase();
      choices.forEach((choice) => {
        choice.hidden = Boolean(text) && !choice.textContent.toLowerCase().includes(text);
      });
    });
    filter.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault(); // typing, not saving the page
    });
    list.addEventListener("change", showCount);
    list.before(filter);
    list.after(count);
    showCount();
  };
  const scan = () => document.querySelectorAll("div.checkbox-list--filterable").forEach(setUp);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scan);
  } else {
    scan();
  }
})();
