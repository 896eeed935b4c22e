// Marking a handed-in photo on the grading page: pen, tick, circle and text in red on a canvas over the photo.
// The marked photo is attached to the grade form as its feedback file when the grade is saved (unless the teacher
// chose a file of their own), so it is checked and stored like any other upload and the student and parents see it.
(function () {
  "use strict";
  var editor = document.getElementById("annotator");
  var form = document.getElementById("grade-form");
  if (!editor || !form) {
    return;
  }
  var canvas = document.getElementById("annotate-canvas");
  var context = canvas.getContext("2d");
  var textInput = document.getElementById("annotate-text");
  var fileInput = document.getElementById("feedbackFile");
  var attachedNote = document.getElementById("annotation-attached");
  var MAX_SIDE = 2000; // pixels: enough to read handwriting, small enough to upload from a school's line
  var RED = "#d0021b";
  var photo = null;
  var marks = [];
  var tool = "pen";
  var drawing = null;

  function unit() {
    return Math.max(canvas.width, canvas.height) / 100;
  }

  function redraw() {
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (photo) {
      context.drawImage(photo, 0, 0, canvas.width, canvas.height);
    }
    marks.forEach(draw);
    if (drawing) {
      draw(drawing);
    }
  }

  function draw(mark) {
    context.strokeStyle = RED;
    context.fillStyle = RED;
    context.lineWidth = unit() * 0.5;
    context.lineCap = "round";
    context.lineJoin = "round";
    context.beginPath();
    if (mark.tool === "pen") {
      mark.points.forEach(function (p, i) {
        if (i === 0) {
          context.moveTo(p.x, p.y);
        } else {
          context.lineTo(p.x, p.y);
        }
      });
      context.stroke();
    } else if (mark.tool === "tick") {
      var s = unit() * 4;
      context.lineWidth = unit() * 0.8;
      context.moveTo(mark.x - s * 0.5, mark.y);
      context.lineTo(mark.x - s * 0.1, mark.y + s * 0.45);
      context.lineTo(mark.x + s * 0.7, mark.y - s * 0.6);
      context.stroke();
    } else if (mark.tool === "circle") {
      var rx = Math.max(Math.abs(mark.x2 - mark.x1) / 2, unit());
      var ry = Math.max(Math.abs(mark.y2 - mark.y1) / 2, unit());
      context.ellipse((mark.x1 + mark.x2) / 2, (mark.y1 + mark.y2) / 2, rx, ry, 0, 0, 2 * Math.PI);
      context.stroke();
    } else if (mark.tool === "text") {
      context.font = "bold " + Math.round(unit() * 4) + "px sans-serif";
      context.textBaseline = "middle";
      context.fillText(mark.text, mark.x, mark.y);
    }
  }

  function point(event) {
    var box = canvas.getBoundingClientRect();
    return {x: (event.clientX - box.left) * canvas.width / box.width,
      y: (event.clientY - box.top) * canvas.height / box.height};
  }

  function changed() {
    editor.setAttribute("data-dirty", marks.length > 0 ? "true" : "false");
    attachedNote.hidden = marks.length === 0;
  }

  function open(source) {
    if (marks.length > 0 && photo && photo.getAttribute("src") !== source
        && !window.confirm(editor.getAttribute("data-replace"))) {
      return;
    }
    var image = new Image();
    image.onload = function () {
      var scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
      canvas.width = Math.round(image.naturalWidth * scale);
      canvas.height = Math.round(image.naturalHeight * scale);
      photo = image;
      marks = [];
      changed();
      editor.hidden = false;
      redraw();
      editor.scrollIntoView({block: "start"});
    };
    image.src = source;
  }

  document.querySelectorAll("[data-annotate]").forEach(function (button) {
    button.addEventListener("click", function () {
      open(button.getAttribute("data-src"));
    });
  });

  editor.querySelectorAll("[data-tool]").forEach(function (button) {
    button.addEventListener("click", function () {
      tool = button.getAttribute("data-tool");
      editor.querySelectorAll("[data-tool]").forEach(function (other) {
        other.setAttribute("aria-pressed", other === button ? "true" : "false");
        other.classList.toggle("secondary", other !== button);
      });
      if (tool === "text") {
        textInput.focus();
      }
    });
  });

  editor.querySelector("[data-action=undo]").addEventListener("click", function () {
    marks.pop();
    changed();
    redraw();
  });

  editor.querySelector("[data-action=discard]").addEventListener("click", function () {
    marks = [];
    photo = null;
    changed();
    editor.hidden = true;
  });

  canvas.addEventListener("pointerdown", function (event) {
    var p = point(event);
    if (tool === "pen") {
      drawing = {tool: "pen", points: [p]};
    } else if (tool === "circle") {
      drawing = {tool: "circle", x1: p.x, y1: p.y, x2: p.x, y2: p.y};
    } else if (tool === "tick") {
      marks.push({tool: "tick", x: p.x, y: p.y});
    } else if (tool === "text" && textInput.value.trim() !== "") {
      marks.push({tool: "text", x: p.x, y: p.y, text: textInput.value.trim()});
    }
    if (drawing) {
      canvas.setPointerCapture(event.pointerId);
    }
    changed();
    redraw();
  });

  canvas.addEventListener("pointermove", function (event) {
    if (!drawing) {
      return;
    }
    var p = point(event);
    if (drawing.tool === "pen") {
      drawing.points.push(p);
    } else {
      drawing.x2 = p.x;
      drawing.y2 = p.y;
    }
    redraw();
  });

  function finish() {
    if (drawing) {
      marks.push(drawing);
      drawing = null;
      changed();
      redraw();
    }
  }

  canvas.addEventListener("pointerup", finish);
  canvas.addEventListener("pointercancel", finish);

  // the marked photo goes with the grade, as a JPEG (a phone photo as PNG would be several times larger)
  form.addEventListener("submit", function (event) {
    if (marks.length === 0 || fileInput.files.length > 0 || typeof DataTransfer === "undefined") {
      return;
    }
    event.preventDefault();
    canvas.toBlob(function (blob) {
      var files = new DataTransfer();
      files.items.add(new File([blob], editor.getAttribute("data-file-name"), {type: "image/jpeg"}));
      fileInput.files = files.files;
      marks = [];
      form.submit();
    }, "image/jpeg", 0.85);
  });
})();
