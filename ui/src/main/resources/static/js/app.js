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
			var series = JSON.parse(element.dataset.series || '[]');
			var chart = window.echarts.init(element, null, { renderer: 'svg' });
			// On a phone the streets' names do not fit under the bars: the bars lie down,
			// one row per street with its name beside it, and the chart grows to fit. A
			// window that changes width between the two redraws the chart.
			function draw() {
				var narrow = element.clientWidth < 560;
				if (element.dataset.chart === 'stacked') {
					element.style.height = narrow ? Math.max(340, labels.length * 32 + 80) + 'px' : '';
				}
				var option = element.dataset.chart === 'stacked' && narrow
					? { tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 },
						grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
						yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { interval: 0 } }, xAxis: { type: 'value' },
						series: series.map(function (s) { return { type: 'bar', stack: 'all', name: s.name, data: s.values }; }) }
					: element.dataset.chart === 'stacked'
					? { tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 }, grid: { left: 40, right: 10, top: 40, bottom: 80 },
						xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30 } }, yAxis: { type: 'value' },
						series: series.map(function (s) { return { type: 'bar', stack: 'all', name: s.name, data: s.values }; }) }
					: element.dataset.chart === 'pie'
					? { tooltip: {}, series: [{ type: 'pie', radius: '65%', data: labels.map(function (l, i) { return { name: l, value: values[i] }; }) }] }
					: { tooltip: {}, grid: { left: 40, right: 10, top: 10, bottom: 60 },
						xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30 } }, yAxis: { type: 'value' },
						series: [{ type: 'bar', data: values, itemStyle: { color: '#0a5c8f' } }] };
				element.dataset.narrow = narrow ? 'yes' : 'no';
				chart.setOption(option, true);
				chart.resize();
			}
			draw();
			window.addEventListener('resize', function () {
				if ((element.clientWidth < 560 ? 'yes' : 'no') !== element.dataset.narrow) {
					draw();
				}
				else {
					chart.resize();
				}
			});
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
	// A name box with a list of suggestions (role=combobox, WAI-ARIA's list autocomplete):
	// arrows move through the list, Enter or a click chooses, Escape closes; choosing puts
	// the name in the box, closes the list and sends the form.
	function comboboxFor(list) {
		return document.querySelector('[role="combobox"][aria-controls="' + list.id + '"]');
	}
	function closeList(box, list) {
		list.hidden = true;
		list.innerHTML = '';
		box.setAttribute('aria-expanded', 'false');
		box.removeAttribute('aria-activedescendant');
	}
	function choose(box, list, option) {
		box.value = option.dataset.value;
		closeList(box, list);
		if (box.form) {
			box.form.requestSubmit();
		}
	}
	document.addEventListener('htmx:afterSwap', function (event) {
		var list = event.detail.target && document.getElementById(event.detail.target.id);
		var box = list && list.getAttribute('role') === 'listbox' ? comboboxFor(list) : null;
		if (box) {
			box.setAttribute('aria-expanded', list.hidden ? 'false' : 'true');
			box.removeAttribute('aria-activedescendant');
		}
	});
	document.addEventListener('click', function (event) {
		var option = event.target.closest && event.target.closest('[role="listbox"] [role="option"][data-value]');
		var list = option && option.parentElement;
		var box = list && comboboxFor(list);
		if (box) {
			choose(box, list, option);
		}
	});
	document.addEventListener('keydown', function (event) {
		var box = event.target;
		if (!box.getAttribute || box.getAttribute('role') !== 'combobox') {
			return;
		}
		var list = document.getElementById(box.getAttribute('aria-controls'));
		var options = list && !list.hidden ? Array.prototype.slice.call(list.querySelectorAll('[role="option"]')) : [];
		if (!options.length) {
			return;
		}
		var active = options.findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			var next = event.key === 'ArrowDown' ? Math.min(active + 1, options.length - 1) : Math.max(active - 1, 0);
			options.forEach(function (o, i) { o.setAttribute('aria-selected', i === next ? 'true' : 'false'); });
			box.setAttribute('aria-activedescendant', options[next].id);
		}
		else if (event.key === 'Enter' && active >= 0) {
			event.preventDefault();
			choose(box, list, options[active]);
		}
		else if (event.key === 'Escape') {
			closeList(box, list);
		}
	});
	// After a refused submit the error summary takes the focus, so it is read first.
	document.addEventListener('DOMContentLoaded', function () {
		var summary = document.querySelector('.error-summary');
		if (summary) {
			summary.focus();
		}
	});
})();
