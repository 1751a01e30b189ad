// Marks admin text holding Burmese (form fields, rich text, translation editor segments) with
// lang="my", so that the Burmese typography of admin-burmese.css applies to it and to it only.
(() => {
  const MYANMAR = /[\u1000-\u109F]/;
  const SELECTOR = [
    "input[type=text]",
    "textarea",
    ".public-DraftEditor-content",
    ".js-translation-editor li p",
  ].join(",");

  const textOf = (element) =>
    element.matches("input, textarea") ? element.value : element.textContent;

  const mark = (element) => {
    if (MYANMAR.test(textOf(element) || "")) {
      element.setAttribute("lang", "my");
    } else if (element.getAttribute("lang") === "my") {
      element.removeAttribute("lang");
    }
  };

  let pending = false;
  const scan = () => {
    pending = false;
    document.querySelectorAll(SELECTOR).forEach(mark);
  };
  const scheduleScan = () => {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(scan);
    }
  };

  document.addEventListener("DOMContentLoaded", () => {
    scan();
    new MutationObserver(scheduleScan).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  document.addEventListener("input", (event) => {
    if (event.target.matches && event.target.matches(SELECTOR)) {
      mark(event.target);
    }
  });
})();
