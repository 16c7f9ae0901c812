// Carepool ui: the only script of the pages (no inline script, CSP script-src 'self').
(function () {
	'use strict';
	// Every htmx request carries the CSRF token from the page's meta tags.
	document.addEventListener('htmx:configRequest', function (event) {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		if (token && header) {
			event.detail.headers[header.content] = token.content;
		}
	});
	// Charts: a <div data-chart="bar|pie" data-labels='[..]' data-values='[..]'> becomes an
	// ECharts chart when ECharts is on the page; the table beside it stays as its text.
	function charts() {
		if (!window.echarts) {
			return;
		}
		document.querySelectorAll('[data-chart]').forEach(function (element) {
			if (element.dataset.drawn) {
				return;
			}
			element.dataset.drawn = 'yes';
			var labels = JSON.parse(element.dataset.labels || '[]');
			var values = JSON.parse(element.dataset.values || '[]');
			var chart = window.echarts.init(element, null, { renderer: 'svg' });
			var option = element.dataset.chart === 'pie'
				? { tooltip: {}, series: [{ type: 'pie', radius: '65%', data: labels.map(function (l, i) { return { name: l, value: values[i] }; }) }] }
				: { tooltip: {}, grid: { left: 40, right: 10, top: 10, bottom: 60 },
					xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30 } }, yAxis: { type: 'value' },
					series: [{ type: 'bar', data: values, itemStyle: { color: '#0a5c8f' } }] };
			chart.setOption(option);
			window.addEventListener('resize', function () { chart.resize(); });
		});
	}
	document.addEventListener('DOMContentLoaded', charts);
	document.addEventListener('htmx:afterSettle', charts);
	// htmx swaps only part of a page and pushes the new address; the language switch in the
	// masthead follows it, so switching language keeps the query the page now shows.
	function followAddress() {
		var link = document.getElementById('language-switch');
		if (!link) {
			return;
		}
		var url = new URL(window.location.href);
		url.searchParams.set('lang', link.getAttribute('hreflang'));
		link.setAttribute('href', url.pathname + url.search + url.hash);
	}
	document.addEventListener('htmx:pushedIntoHistory', followAddress);
	document.addEventListener('htmx:replacedInHistory', followAddress);
	document.addEventListener('htmx:historyRestore', followAddress);
	// After a refused submit the error summary takes the focus, so it is read first.
	document.addEventListener('DOMContentLoaded', function () {
		var summary = document.querySelector('.error-summary');
		if (summary) {
			summary.focus();
		}
	});
})();
