// The classroom display: arrow keys (or a remote's direction keys) move between tiles, Enter opens one,
// F toggles full screen. Focus starts on the first tile so a remote works without a mouse.
document.addEventListener('DOMContentLoaded', () => {
  const tiles = Array.from(document.querySelectorAll('.tile'));
  if (tiles.length > 0) {
    tiles[0].focus();
  }
  const move = (step) => {
    const current = tiles.indexOf(document.activeElement);
    const next = Math.min(tiles.length - 1, Math.max(0, (current < 0 ? 0 : current) + step));
    if (tiles[next]) {
      tiles[next].focus();
    }
  };
  const toggle = () => {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen().catch(() => {});
    }
  };
  document.getElementById('fullscreen')?.addEventListener('click', toggle);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      move(1);
      event.preventDefault();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      move(-1);
      event.preventDefault();
    } else if (event.key === 'f' || event.key === 'F') {
      toggle();
    }
  });
});
