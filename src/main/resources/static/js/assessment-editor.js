// The item editor: a formatting toolbar over the fields that hold item HTML (stem, explanation, reference answer, and
// each list of options), writing plain HTML and LaTeX into the field itself, so what is stored stays the text the
// author can read and the server sanitises as before. The preview beside the form is the server's (htmx); every
// toolbar change fires "editor-changed" on the form so the preview follows. No framework: a field is a textarea or
// a one-line input, and a toolbar acts on the field of its group that last had the focus.
(function () {
  var BLOCK_FIELDS = ["stem", "explanation", "reference"];
  var OPTION_FIELDS = /^(choices|premises|targets|elements)\[\d+\]$/;

  /** Puts before/after around the selection (or a placeholder), keeping the inner text selected. */
  function wrap(field, before, after, placeholder) {
    var start = field.selectionStart || 0;
    var end = field.selectionEnd || start;
    var text = field.value;
    var inner = text.slice(start, end) || placeholder || "";
    field.value = text.slice(0, start) + before + inner + after + text.slice(end);
    field.focus();
    field.setSelectionRange(start + before.length, start + before.length + inner.length);
    changed(field);
  }

  /** The selected lines (or the line the caret is on) as the items of a list. */
  function list(field, tag) {
    var text = field.value;
    var start = text.lastIndexOf("\n", (field.selectionStart || 0) - 1) + 1;
    var endAt = text.indexOf("\n", field.selectionEnd || 0);
    var end = endAt < 0 ? text.length : endAt;
    var lines = text.slice(start, end).split("\n").filter(function (line) { return line.trim() !== ""; });
    if (!lines.length) {
      lines = [""];
    }
    var html = "<" + tag + ">\n" + lines.map(function (line) { return "<li>" + line.trim() + "</li>"; }).join("\n")
        + "\n</" + tag + ">";
    field.value = text.slice(0, start) + html + text.slice(end);
    field.focus();
    field.setSelectionRange(start + html.length, start + html.length);
    changed(field);
  }

  function insert(field, html) {
    wrap(field, html, "", "");
  }

  function changed(field) {
    field.dispatchEvent(new Event("input", { bubbles: true }));
    if (field.form) {
      field.form.dispatchEvent(new CustomEvent("editor-changed", { bubbles: true }));
    }
  }

  function upload(button, field, status) {
    var chooser = document.createElement("input");
    chooser.type = "file";
    chooser.accept = "image/png,image/jpeg,image/gif";
    chooser.addEventListener("change", function () {
      if (!chooser.files.length) {
        return;
      }
      var body = new FormData();
      body.append("file", chooser.files[0]);
      var headers = {};
      var header = document.body.getAttribute("data-csrf-header");
      if (header) {
        headers[header] = document.body.getAttribute("data-csrf-token");
      }
      status.textContent = button.getAttribute("data-uploading");
      fetch(button.getAttribute("data-url"), { method: "POST", body: body, headers: headers, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (picture) {
          status.textContent = "";
          insert(field, "<img src=\"" + picture.src + "\" alt=\"\">");
        })
        .catch(function () { status.textContent = button.getAttribute("data-failed"); });
    });
    chooser.click();
  }

  function act(button, field, status) {
    if (!field) {
      return;
    }
    var tag = button.getAttribute("data-wrap");
    if (tag) {
      wrap(field, "<" + tag + ">", "</" + tag + ">", "");
    } else if (button.hasAttribute("data-list")) {
      list(field, button.getAttribute("data-list"));
    } else if (button.getAttribute("data-formula") === "inline") {
      wrap(field, "\\(", "\\)", "x^2");
    } else if (button.getAttribute("data-formula") === "fraction") {
      wrap(field, "\\(\\frac{", "}{4}\\)", "3");
    } else if (button.getAttribute("data-formula") === "display") {
      wrap(field, "\n\\[", "\\]\n", "x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}");
    } else if (button.hasAttribute("data-image")) {
      upload(button, field, status);
    }
  }

  /** A toolbar before {@code anchor} acting on whichever of {@code fields()} had the focus last. */
  function toolbar(template, anchor, fields, block) {
    var bar = template.content.firstElementChild.cloneNode(true);
    if (!block) {
      bar.querySelectorAll(".block-only").forEach(function (b) { b.remove(); });
    }
    var status = bar.querySelector(".rich-status");
    var last = null;
    fields.forEach(function (f) {
      f.addEventListener("focus", function () { last = f; });
    });
    // keep the field's selection: a click on a button would otherwise move the focus first
    bar.addEventListener("mousedown", function (event) {
      if (event.target.closest("button")) {
        event.preventDefault();
      }
    });
    bar.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (button) {
        act(button, last || fields[0], status);
      }
    });
    anchor.parentNode.insertBefore(bar, anchor);
    return bar;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("item-form");
    var template = document.getElementById("rich-toolbar");
    if (!form || !template) {
      return;
    }
    BLOCK_FIELDS.forEach(function (id) {
      var field = form.querySelector("#" + id);
      if (field) {
        toolbar(template, field, [field], true);
      }
    });
    form.querySelectorAll(".type-part .rows").forEach(function (rows) {
      var fields = Array.prototype.filter.call(rows.querySelectorAll("input[type=text]"), function (input) {
        return OPTION_FIELDS.test(input.name);
      });
      if (fields.length) {
        toolbar(template, rows, fields, false);
      }
    });
  });
})();
