// The bank list of the quiz form narrows as the teacher types; ticked items stay listed (and sent) whatever is typed.
document.addEventListener("input", function (event) {
  var box = event.target;
  if (!box.hasAttribute || !box.hasAttribute("data-picker-filter")) {
    return;
  }
  var words = box.value.trim().toLowerCase();
  document.querySelectorAll(box.getAttribute("data-picker-filter") + " .pick").forEach(function (row) {
    var ticked = row.querySelector("input[type=checkbox]").checked;
    var text = (row.getAttribute("data-text") || "").toLowerCase();
    row.hidden = !ticked && words !== "" && text.indexOf(words) < 0;
  });
});
