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
