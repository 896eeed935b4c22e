// Draws each [data-chart] tile of the score-analysis pages: grouped bars, one series per class (or exam, or the
// child beside the class), categories along the bottom. The data arrive as JSON in the attribute because the pages
// allow no inline script.
document.addEventListener("DOMContentLoaded", function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll("[data-chart]").forEach(function (tile) {
    var data = JSON.parse(tile.getAttribute("data-chart"));
    var chart = echarts.init(tile);
    chart.setOption({
      title: { text: data.title, left: "center", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: { bottom: 0, type: "scroll" },
      grid: { left: 8, right: 8, top: 40, bottom: 40, containLabel: true },
      xAxis: { type: "category", data: data.categories,
        axisLabel: { rotate: data.categories.length > 6 ? 30 : 0, interval: 0, fontSize: 10 } },
      yAxis: { type: "value" },
      series: data.series.map(function (s) {
        return { type: "bar", name: s.name, data: s.values };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
});
