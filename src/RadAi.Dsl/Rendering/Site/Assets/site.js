// The documentation site of RadAi.Dsl: draws the Mermaid diagrams with the copy of Mermaid shipped beside this file,
// then gives each diagram zoom buttons and drag-to-pan. No network, no other dependency.
(function () {
  'use strict';
  var ZOOM_STEP = 1.25, MIN_SCALE = 0.1, MAX_SCALE = 4;

  function button(label, title, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.setAttribute('aria-label', title);
    b.addEventListener('click', onClick);
    return b;
  }

  // Wraps one drawn diagram: toolbar (zoom out, fit, natural size, zoom in) and a view that scrolls and pans.
  function zoomable(box, index) {
    var svg = box.querySelector('svg');
    if (!svg) return;
    var viewBox = svg.viewBox && svg.viewBox.baseVal;
    var width = viewBox && viewBox.width ? viewBox.width : svg.getBoundingClientRect().width;
    var height = viewBox && viewBox.height ? viewBox.height : svg.getBoundingClientRect().height;
    if (!width || !height) return;

    var figure = document.createElement('div');
    figure.className = 'diagram';
    var tools = document.createElement('div');
    tools.className = 'diagram-tools';
    tools.setAttribute('role', 'toolbar');
    tools.setAttribute('aria-label', 'Diagram ' + (index + 1) + ' zoom');
    var view = document.createElement('div');
    view.className = 'diagram-view';
    view.tabIndex = 0;
    view.setAttribute('aria-label', 'Diagram ' + (index + 1) + ': drag or scroll to pan');
    var level = document.createElement('span');
    level.className = 'zoom';
    level.setAttribute('aria-live', 'polite');

    var scale = 1;
    function fitScale() { return Math.min(1, view.clientWidth / width); }
    // Zooms about a point of the view (its centre by default), keeping that point of the picture under it.
    function setScale(next, x, y) {
      next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, next));
      if (x === undefined) { x = view.clientWidth / 2; y = view.clientHeight / 2; }
      var pictureX = (view.scrollLeft + x) / scale, pictureY = (view.scrollTop + y) / scale;
      scale = next;
      svg.style.width = (width * scale) + 'px';
      svg.style.height = (height * scale) + 'px';
      view.scrollLeft = pictureX * scale - x;
      view.scrollTop = pictureY * scale - y;
      level.textContent = Math.round(scale * 100) + ' %';
    }

    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.style.maxWidth = 'none';
    svg.style.setProperty('--natural-width', width + 'px');
    tools.appendChild(button('\u2212', 'Zoom out', function () { setScale(scale / ZOOM_STEP); }));
    tools.appendChild(button('Fit', 'Fit to width', function () { setScale(fitScale()); }));
    tools.appendChild(button('1:1', 'Natural size', function () { setScale(1); }));
    tools.appendChild(button('+', 'Zoom in', function () { setScale(scale * ZOOM_STEP); }));
    tools.appendChild(level);
    box.parentNode.insertBefore(figure, box);
    figure.appendChild(tools);
    figure.appendChild(view);
    view.appendChild(box);
    setScale(fitScale());

    // Ctrl (or pinch on a touchpad) + wheel zooms at the pointer; a plain wheel scrolls the page as usual.
    view.addEventListener('wheel', function (e) {
      if (!e.ctrlKey) return;
      e.preventDefault();
      var r = view.getBoundingClientRect();
      setScale(scale * (e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP), e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    view.addEventListener('keydown', function (e) {
      if (e.key === '+' || e.key === '=') { setScale(scale * ZOOM_STEP); e.preventDefault(); }
      else if (e.key === '-') { setScale(scale / ZOOM_STEP); e.preventDefault(); }
      else if (e.key === '0') { setScale(fitScale()); e.preventDefault(); }
    });
    // Drag with a mouse to pan; touch keeps the browser's own panning.
    var drag = null;
    view.addEventListener('pointerdown', function (e) {
      if (e.pointerType !== 'mouse' || e.button !== 0) return;
      drag = { x: e.clientX, y: e.clientY, left: view.scrollLeft, top: view.scrollTop };
      view.setPointerCapture(e.pointerId);
      view.classList.add('dragging');
    });
    view.addEventListener('pointermove', function (e) {
      if (!drag) return;
      view.scrollLeft = drag.left - (e.clientX - drag.x);
      view.scrollTop = drag.top - (e.clientY - drag.y);
    });
    function endDrag() { drag = null; view.classList.remove('dragging'); }
    view.addEventListener('pointerup', endDrag);
    view.addEventListener('pointercancel', endDrag);
  }

  function start() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll('.mermaid'));
    if (boxes.length === 0 || !window.mermaid) return;
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' }); // the diagrams' own colours are for a white ground
    // A diagram that cannot be drawn shows Mermaid's error picture; the others are drawn and zoom all the same.
    window.mermaid.run({ nodes: boxes }).then(function () {
      boxes.forEach(zoomable);
      document.documentElement.setAttribute('data-diagrams', 'drawn');
    }, function (error) {
      boxes.forEach(zoomable);
      document.documentElement.setAttribute('data-diagrams', 'failed');
      console.error('A diagram could not be drawn: ' + (error && error.message ? error.message : String(error)));
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
