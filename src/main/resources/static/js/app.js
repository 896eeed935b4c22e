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

// The main navigation: the phone's menu button opens the whole navigation, each task group's button opens its
// pages. aria-expanded always says what is open; Escape closes the open group and gives the focus back to its
// button; a click elsewhere closes the groups. On a wide screen only one group is open at a time.
(function () {
  function setOpen(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    var target = document.getElementById(button.getAttribute("aria-controls"));
    if (!target) {
      return;
    }
    if (target.classList.contains("mainnav")) {
      target.classList.toggle("open", open);
    } else {
      target.hidden = !open;
    }
  }

  function openGroups() {
    return Array.prototype.slice.call(document.querySelectorAll(".navgroup-toggle[aria-expanded='true']"));
  }

  function phone() {
    var toggle = document.querySelector(".menu-toggle");
    return toggle !== null && window.getComputedStyle(toggle).display !== "none";
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".menu-toggle, .navgroup-toggle");
    if (button) {
      var open = button.getAttribute("aria-expanded") !== "true";
      if (button.classList.contains("navgroup-toggle") && !phone()) {
        openGroups().forEach(function (other) { if (other !== button) { setOpen(other, false); } });
      }
      setOpen(button, open);
      return;
    }
    if (!phone() && !(event.target.closest && event.target.closest(".navgroup-items"))) {
      openGroups().forEach(function (other) { setOpen(other, false); });
    }
  });

  // tabbing out of an open menu on a wide screen closes it, so it never hides the page behind the focus
  document.addEventListener("focusout", function (event) {
    var group = event.target.closest && event.target.closest(".navgroup");
    if (!group || phone() || (event.relatedTarget && group.contains(event.relatedTarget))) {
      return;
    }
    var button = group.querySelector(".navgroup-toggle");
    if (button && button.getAttribute("aria-expanded") === "true" && event.relatedTarget) {
      setOpen(button, false);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var inside = document.activeElement && document.activeElement.closest
        && document.activeElement.closest(".navgroup");
    openGroups().forEach(function (button) {
      setOpen(button, false);
      if (inside && inside.contains(button)) {
        button.focus();
      }
    });
  });
})();

// Tables of up to eight columns become one card per row on a phone: each cell is labelled with its column's
// heading (data-label, read by the stylesheet), and the headings stay for screen readers. Wider tables (a school's
// line of every indicator) keep their columns and scroll sideways inside their wrapper instead, as do tables with
// merged cells. Content that htmx swaps in is labelled too.
(function () {
  var MOST_COLUMNS = 8;

  function label(root) {
    if (!root || !root.querySelectorAll) {
      return;
    }
    root.querySelectorAll(".table-wrap > table").forEach(function (table) {
      var head = table.tHead && table.tHead.rows.length === 1 ? table.tHead.rows[0].cells : null;
      if (!head || head.length > MOST_COLUMNS || table.classList.contains("no-stack")) {
        return;
      }
      var names = Array.prototype.map.call(head, function (cell) { return cell.textContent.trim(); });
      var rows = Array.prototype.slice.call(table.tBodies).reduce(function (all, body) {
        return all.concat(Array.prototype.slice.call(body.rows));
      }, []);
      var regular = rows.every(function (row) {
        return row.cells.length === names.length && Array.prototype.every.call(row.cells, function (cell) {
          return cell.colSpan === 1;
        });
      });
      if (!regular) {
        return;
      }
      rows.forEach(function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, i) {
          cell.setAttribute("data-label", names[i]);
        });
      });
      table.classList.add("stackable");
    });
  }

  label(document);
  document.addEventListener("htmx:load", function (event) { label(event.detail.elt); });
})();
