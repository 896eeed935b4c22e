// Draws each [data-chart] tile of the equity dashboard: bars per category and a dashed reference line, either
// the minimum each value must reach or (upperLimit) the threshold none may pass. The data arrive as JSON in the
// attribute because the page allows no inline script.
document.addEventListener("DOMContentLoaded", function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var chart = window.echarts.init(element);
    chart.setOption({
      // drawn at once: a dashboard read (or printed, or captured) at any moment shows the real heights
      animation: false,
      title: { text: data.title, left: "center", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      grid: { left: 50, right: 20, top: 40, bottom: 70 },
      xAxis: { type: "category", data: data.categories, axisLabel: { rotate: 30, interval: 0, fontSize: 10 } },
      yAxis: { type: "value" },
      series: [{
        type: "bar",
        data: data.values.map(function (v) {
          var bad = v !== null && (data.upperLimit ? v > data.line : v < data.line);
          return { value: v, itemStyle: { color: bad ? "#c0392b" : "#2e7d5b" } };
        }),
        markLine: {
          symbol: "none",
          lineStyle: { type: "dashed", color: "#555" },
          label: { formatter: data.lineLabel + " " + data.line },
          data: [{ yAxis: data.line }]
        }
      }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
});
