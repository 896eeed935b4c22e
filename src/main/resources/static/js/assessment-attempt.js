// The quiz-taking page. Every answer is saved as it is given (text after a pause in typing), with a revision from
// one counter per attempt that only grows: it starts at the last revision the server stored (delivered with the
// page) or at a newer unsent one kept on this device, and goes up by one per save. The server keeps a save only if
// its revision is above the stored one, so a retried or late save never overwrites a newer one. The device's clock
// plays no part: a clock set back (or a phone whose time syncs mid-quiz) cannot make later answers look stale. Unsent answers wait in localStorage: a dropped connection or a reload loses nothing; they are sent again
// with growing pauses, and at once when the browser is back online. The countdown submits at zero; the server
// keeps the time anyway.
(function () {
  var sheet = document.getElementById("sheet");
  if (!sheet) {
    return;
  }
  var attempt = sheet.getAttribute("data-attempt");
  var saveUrl = sheet.getAttribute("data-save-url");
  var storageKey = "educloud.attempt." + attempt;
  var statusBox = document.getElementById("save-status");
  var submitForm = document.getElementById("submit-form");
  var pending = load();
  var revision = Number(sheet.getAttribute("data-revision")) || 0;
  var inFlight = {};
  var failures = 0;
  var retryTimer = null;
  var typingTimers = {};
  var refused = false;
  var tooLong = {};

  function load() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || "{}") || {};
    } catch (e) {
      return {};
    }
  }

  function persist() {
    try {
      if (Object.keys(pending).length === 0) {
        window.localStorage.removeItem(storageKey);
      } else {
        window.localStorage.setItem(storageKey, JSON.stringify(pending));
      }
    } catch (e) {
      // private browsing or a full store: answers are still sent, only not kept across a reload
    }
  }

  function status(state) {
    if (!statusBox || (refused && state !== "refused" && state !== "expired")) {
      return;
    }
    if (state === "saved" && Object.keys(tooLong).length > 0) {
      // everything else is saved, but an answer marked too long is not: the bar keeps saying so
      state = "too-large";
    }
    statusBox.className = "save-status " + state;
    statusBox.textContent = statusBox.getAttribute("data-" + state);
  }

  function items() {
    return Array.prototype.slice.call(sheet.querySelectorAll(".sheet-item"));
  }

  function itemAt(position) {
    return sheet.querySelector(".sheet-item[data-position='" + position + "']");
  }

  /** The item's answer, in the shape the server takes. */
  function responseOf(item) {
    var response = { chosen: [], blanks: [], order: [], pairs: {}, text: "" };
    item.querySelectorAll("input[type=radio]:checked, input[type=checkbox]:checked").forEach(function (box) {
      response.chosen.push(box.value);
    });
    item.querySelectorAll(".blank").forEach(function (box) { response.blanks.push(box.value); });
    item.querySelectorAll(".order-list li").forEach(function (li) { response.order.push(li.getAttribute("data-id")); });
    item.querySelectorAll("select.pair").forEach(function (select) {
      if (select.value) {
        response.pairs[select.getAttribute("data-premise")] = select.value;
      }
    });
    var written = item.querySelector("textarea.written");
    if (written) {
      response.text = written.value;
    }
    return response;
  }

  /** Puts an unsent answer back into the page after a reload. */
  function restore(item, response) {
    item.querySelectorAll("input[type=radio], input[type=checkbox]").forEach(function (box) {
      box.checked = response.chosen.indexOf(box.value) >= 0;
    });
    item.querySelectorAll(".blank").forEach(function (box, i) { box.value = response.blanks[i] || ""; });
    item.querySelectorAll("select.pair").forEach(function (select) {
      select.value = response.pairs[select.getAttribute("data-premise")] || "";
    });
    var list = item.querySelector(".order-list");
    if (list && response.order.length) {
      response.order.forEach(function (id) {
        var li = list.querySelector("li[data-id='" + id + "']");
        if (li) {
          list.appendChild(li);
        }
      });
    }
    var written = item.querySelector("textarea.written");
    if (written) {
      written.value = response.text;
    }
  }

  /** Shows or hides the "too long, not saved" note under one item's answer. */
  function markTooLong(position, on) {
    var item = itemAt(position);
    var note = item && item.querySelector(".answer-too-long");
    if (on) {
      tooLong[position] = true;
    } else {
      delete tooLong[position];
    }
    if (note) {
      note.hidden = !on;
    }
    if (item) {
      item.classList.toggle("too-long", on);
    }
  }

  function nextRevision() {
    revision += 1;
    return revision;
  }

  function changed(item) {
    var position = item.getAttribute("data-position");
    pending[position] = { revision: nextRevision(), response: responseOf(item) };
    persist();
    send(position);
  }

  function send(position) {
    var entry = pending[position];
    if (!entry || inFlight[position] || refused) {
      return;
    }
    inFlight[position] = entry.revision;
    status("saving");
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var header = document.body.getAttribute("data-csrf-header");
    var token = document.body.getAttribute("data-csrf-token");
    if (header && token) {
      headers[header] = token;
    }
    // a redirect can only be to the login page (the session ended): followed, it would look like a stored answer
    fetch(saveUrl + position, { method: "PUT", headers: headers, credentials: "same-origin", redirect: "manual",
      body: JSON.stringify(entry) })
      .then(function (answer) {
        delete inFlight[position];
        if (answer.type === "opaqueredirect" || answer.status === 401 || answer.status === 403) {
          // the session ended or its token changed: the answers stay on this device (localStorage) and are sent
          // again when the page is reloaded after logging in
          refused = true;
          status("expired");
        } else if (answer.ok) {
          failures = 0;
          if (entry.revision === (pending[position] || entry).revision) {
            markTooLong(position, false);
          }
          if (pending[position] && pending[position].revision === entry.revision) {
            delete pending[position];
            persist();
          } else {
            send(position);
          }
          if (Object.keys(pending).length === 0) {
            status("saved");
          }
        } else if (answer.status === 422) {
          // this one answer is out of bounds (too long): its field says so, the others still save
          if (pending[position] && pending[position].revision === entry.revision) {
            delete pending[position];
            persist();
            markTooLong(position, true);
            status("too-large");
          } else {
            send(position);
          }
        } else if (answer.status >= 400 && answer.status < 500 && answer.status !== 408 && answer.status !== 429) {
          // submitted, time up, or not this student's: saving again cannot help
          refused = true;
          status("refused");
        } else {
          retryLater();
        }
      })
      .catch(function () {
        delete inFlight[position];
        retryLater();
      });
  }

  function retryLater() {
    failures += 1;
    status("offline");
    if (retryTimer) {
      return;
    }
    var pause = Math.min(30000, 1000 * Math.pow(2, Math.min(failures, 5)));
    retryTimer = setTimeout(function () {
      retryTimer = null;
      flush();
    }, pause);
  }

  function flush() {
    Object.keys(pending).forEach(send);
  }

  // counting continues above everything stored; an unsent answer newer than the stored one (from before a reload or
  // a new login) goes in again and the counter continues above it too
  items().forEach(function (item) {
    var position = item.getAttribute("data-position");
    var stored = Number(item.getAttribute("data-revision")) || 0;
    revision = Math.max(revision, stored);
    var unsent = pending[position];
    if (unsent && typeof unsent.revision === "number" && unsent.revision > stored) {
      restore(item, unsent.response);
      revision = Math.max(revision, unsent.revision);
    } else {
      delete pending[position];
    }
  });
  persist();
  flush();

  sheet.addEventListener("change", function (event) {
    var item = event.target.closest(".sheet-item");
    if (item && !event.target.matches("input.blank, textarea.written")) {
      changed(item);
    }
  });
  sheet.addEventListener("input", function (event) {
    var item = event.target.closest(".sheet-item");
    if (item && event.target.matches("input.blank, textarea.written")) {
      var position = item.getAttribute("data-position");
      clearTimeout(typingTimers[position]);
      typingTimers[position] = setTimeout(function () { changed(item); }, 800);
      status("saving");
    }
  });
  sheet.addEventListener("click", function (event) {
    var button = event.target.closest(".move-up, .move-down");
    if (!button) {
      return;
    }
    var li = button.closest("li");
    var list = li.parentNode;
    if (button.classList.contains("move-up") && li.previousElementSibling) {
      list.insertBefore(li, li.previousElementSibling);
    } else if (button.classList.contains("move-down") && li.nextElementSibling) {
      list.insertBefore(li.nextElementSibling, li);
    }
    button.focus();
    changed(li.closest(".sheet-item"));
  });
  window.addEventListener("online", function () {
    failures = 0;
    flush();
  });

  // submitting waits (a few seconds at most) for answers still on their way
  var submitting = false;
  if (submitForm) {
    submitForm.addEventListener("submit", function (event) {
      if (submitting || event.defaultPrevented) {
        return;
      }
      Object.keys(typingTimers).forEach(function (position) {
        clearTimeout(typingTimers[position]);
        changed(itemAt(position));
      });
      typingTimers = {};
      if (Object.keys(pending).length === 0) {
        return;
      }
      event.preventDefault();
      flush();
      var waited = 0;
      var wait = setInterval(function () {
        waited += 200;
        if (Object.keys(pending).length === 0 || waited >= 5000 || refused) {
          clearInterval(wait);
          submitting = true;
          submitForm.submit();
        }
      }, 200);
    });
  }

  var timer = document.getElementById("timer");
  if (timer) {
    // performance.now() is monotonic: the countdown, like the revisions, ignores the wall clock being reset
    var now = window.performance && performance.now ? function () { return performance.now(); } : Date.now;
    var endsAt = now() + Number(timer.getAttribute("data-seconds-left")) * 1000;
    var tick = function () {
      var left = Math.max(0, Math.round((endsAt - now()) / 1000));
      var hours = Math.floor(left / 3600);
      var minutes = Math.floor((left % 3600) / 60);
      var seconds = left % 60;
      // a quiz without a time limit runs until its window closes, which may be days away
      timer.textContent = (hours > 0 ? hours + ":" + (minutes < 10 ? "0" : "") : "") + minutes + ":"
          + (seconds < 10 ? "0" : "") + seconds;
      timer.classList.toggle("low", left <= 60);
      if (left === 0) {
        clearInterval(ticking);
        if (submitForm && !submitting) {
          submitForm.removeAttribute("data-confirm");
          submitForm.requestSubmit ? submitForm.requestSubmit() : submitForm.submit();
        }
      }
    };
    var ticking = setInterval(tick, 1000);
    tick();
  }
})();
