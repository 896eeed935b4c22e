// Formulas in items: LaTeX between \( \) or \[ \] is typeset by KaTeX on load and after every htmx swap (a filtered
// list, a swapped form part). MathML needs nothing: browsers render it themselves.
(function () {
  function typeset(root) {
    if (typeof window.renderMathInElement !== "function" || !root) {
      return;
    }
    window.renderMathInElement(root, {
      delimiters: [
        { left: "\\[", right: "\\]", display: true },
        { left: "\\(", right: "\\)", display: false }
      ],
      ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code", "option", "input"],
      // hints that explain how to write a formula show the delimiters as they are
      ignoredClasses: ["field-hint"],
      throwOnError: false
    });
  }
  document.addEventListener("DOMContentLoaded", function () { typeset(document.getElementById("main")); });
  document.addEventListener("htmx:afterSwap", function (event) { typeset(event.detail.elt); });
  window.educloudTypeset = typeset;
})();
