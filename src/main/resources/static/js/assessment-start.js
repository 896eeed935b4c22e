// Starting a quiz when a whole class presses Start in the same second: the node may answer 503 (or 429 for one
// client's own burst) with Retry-After instead of queueing without end (ADR 31). The start button then waits the
// seconds it was given, says so (zh/en from the page), and tries again, a few times at most; the answer to a start
// that went through names the attempt page, which the browser opens. Any other answer (a rule refusing the start:
// window closed, no attempts left) is left to the ordinary form post, whose page explains it.
(function () {
  var MAX_TRIES = 5;
  var MAX_WAIT = 60;

  function say(form, text) {
    var status = form.querySelector(".start-status");
    status.hidden = false;
    status.textContent = text;
  }

  function waitFor(response) {
    var seconds = parseInt(response.headers.get("Retry-After"), 10);
    return Math.min(MAX_WAIT, seconds >= 1 ? seconds : 5);
  }

  function start(form, tries) {
    var button = form.querySelector("button");
    button.disabled = true;
    var headers = { "X-Requested-With": "fetch", "Accept": "application/json" };
    var header = document.body.getAttribute("data-csrf-header");
    if (header) {
      headers[header] = document.body.getAttribute("data-csrf-token");
    }
    fetch(form.action, { method: "POST", body: new FormData(form), headers: headers, credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 503 || response.status === 429) {
          if (tries >= MAX_TRIES) {
            say(form, form.getAttribute("data-gave-up"));
            button.disabled = false;
            return null;
          }
          countdown(form, waitFor(response), tries + 1);
          return null;
        }
        if (!response.ok) {
          form.submit();
          return null;
        }
        return response.json().then(function (started) { window.location.assign(started.location); });
      })
      .catch(function () {
        say(form, form.getAttribute("data-offline"));
        button.disabled = false;
      });
  }

  function countdown(form, seconds, attempt) {
    var text = form.getAttribute("data-busy");
    var left = seconds;
    (function tick() {
      say(form, text.replace("{s}", left).replace("{n}", attempt).replace("{max}", MAX_TRIES));
      if (left <= 0) {
        start(form, attempt);
        return;
      }
      left--;
      setTimeout(tick, 1000);
    })();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form.start-quiz") || typeof window.fetch !== "function") {
      return;
    }
    event.preventDefault();
    start(form, 0);
  });
})();
