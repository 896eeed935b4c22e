// Sends the CSRF token with every htmx request, read from the attributes the layout puts on <body>.
document.addEventListener("htmx:configRequest", function (event) {
  var body = document.body;
  var header = body.getAttribute("data-csrf-header");
  var token = body.getAttribute("data-csrf-token");
  if (header && token) {
    event.detail.headers[header] = token;
  }
});

// Buttons marked data-confirm ask before their form is sent (closing a school, disabling an account).
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var message = (button && button.getAttribute("data-confirm")) || event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// A button marked data-once sends its form once; the server's token makes a second send harmless anyway.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  if (button && button.hasAttribute("data-once") && !event.defaultPrevented) {
    setTimeout(function () { button.disabled = true; }, 0);
  }
});
