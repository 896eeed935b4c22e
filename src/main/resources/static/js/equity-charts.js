// Draws each [data-chart] tile of the equity pages. The data arrive as JSON in the attribute because the pages
// allow no inline script. Kinds: bars (default) with a dashed reference line, either the minimum each value must
// reach or (upperLimit) the threshold none may pass; lorenz, a curve against the line of equality; stacked bars;
// lines over months or years, with an optional dashed reference line.
document.addEventListener("DOMContentLoaded", function () {
  if (!window.echarts) {
    return;
  }
  var good = "#2e7d5b", bad = "#c0392b";

  // School names are long ("青山县白沙镇中心小学"): slanted, cut to a width with "…", and whole in the tooltip; the
  // grid makes room for them (containLabel), so no name runs off the tile.
  function categoryAxis(categories) {
    return { type: "category", data: categories,
      axisLabel: { rotate: 30, interval: 0, fontSize: 10, width: 96, overflow: "truncate" } };
  }

  // The reference line's label sits above the line at its right end, inside the plot, where it is never clipped.
  function referenceLine(data) {
    return {
      symbol: "none",
      lineStyle: { type: "dashed", color: "#555" },
      label: { formatter: data.lineLabel + " " + data.line, position: "insideEndTop", color: "#333",
        backgroundColor: "rgba(255,255,255,0.85)", padding: [1, 3] },
      data: [{ yAxis: data.line }]
    };
  }

  function bars(data) {
    return {
      xAxis: categoryAxis(data.categories),
      yAxis: { type: "value" },
      series: [{
        type: "bar",
        data: data.values.map(function (v) {
          var below = v !== null && (data.upperLimit ? v > data.line : v < data.line);
          return { value: v, itemStyle: { color: below ? bad : good } };
        }),
        markLine: referenceLine(data)
      }]
    };
  }

  function lorenz(data) {
    return {
      xAxis: { type: "value", min: 0, max: 1 },
      yAxis: { type: "value", min: 0, max: 1 },
      series: [
        { type: "line", data: data.points, symbolSize: 6, itemStyle: { color: bad }, areaStyle: { opacity: 0.08 } },
        { type: "line", name: data.equalityLabel, data: [[0, 0], [1, 1]], symbol: "none",
          lineStyle: { type: "dashed", color: "#555" } }
      ]
    };
  }

  function series(data, type) {
    var option = {
      legend: { bottom: 0 },
      xAxis: categoryAxis(data.categories),
      yAxis: { type: "value" },
      series: data.series.map(function (s) {
        return { type: type, name: s.name, data: s.values, stack: type === "bar" ? "all" : undefined,
          connectNulls: false };
      })
    };
    if (data.line !== undefined && option.series.length > 0) {
      option.series[0].markLine = referenceLine(data);
    }
    return option;
  }

  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var option = data.kind === "lorenz" ? lorenz(data) : data.kind === "stacked" ? series(data, "bar")
        : data.kind === "lines" ? series(data, "line") : bars(data);
    // drawn at once: a dashboard read (or printed, or captured) at any moment shows the real heights
    option.animation = false;
    option.title = { text: data.title, left: "center", textStyle: { fontSize: 14 } };
    option.tooltip = { trigger: data.kind === "lorenz" ? "item" : "axis" };
    option.grid = { left: 12, right: 24, top: 44, bottom: option.legend ? 36 : 12, containLabel: true };
    var chart = window.echarts.init(element);
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
  });
});
