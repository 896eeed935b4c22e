// The item form shows the part of the form the chosen type uses (options, blanks, pairs, ...); the server reads
// only that part, so hidden parts may keep what was typed when the type changes back.
(function () {
  function show(form) {
    var type = form.querySelector("#type");
    if (!type) {
      return;
    }
    form.querySelectorAll(".type-part").forEach(function (part) {
      var types = part.getAttribute("data-types").split(" ");
      part.hidden = types.indexOf(type.value) < 0;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("item-form");
    if (form) {
      show(form);
      form.querySelector("#type").addEventListener("change", function () { show(form); });
    }
  });
})();
