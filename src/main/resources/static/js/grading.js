// Batch grading by keyboard: Alt+→ / Alt+← (or J / K outside a text field) move to the next / previous student.
document.addEventListener("keydown", function (event) {
  var page = document.querySelector("main.grading");
  if (!page) {
    return;
  }
  var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
  var next = event.altKey ? event.key === "ArrowRight" : !typing && event.key === "j";
  var previous = event.altKey ? event.key === "ArrowLeft" : !typing && event.key === "k";
  var target = next ? page.getAttribute("data-next") : previous ? page.getAttribute("data-previous") : null;
  if (target) {
    event.preventDefault();
    window.location.assign(target);
  }
});
