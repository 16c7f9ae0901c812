// Carepool ui: the weekly availability grid. Without script it is a form of checkboxes,
// one per half-hour; with it a mouse or pen can paint a range by dragging across the
// cells (touch keeps the native tap, so the grid still scrolls under a finger), and the
// count of chosen half-hours is announced as it changes.
(function () {
	'use strict';
	function start() {
		var grid = document.getElementById('week-grid');
		var count = document.getElementById('grid-count');
		if (!grid) {
			return;
		}
		var painting = false;
		var state = false;
		var suppressClick = null;
		function recount() {
			if (!count) {
				return;
			}
			var chosen = document.querySelectorAll('#availability-form input[name="cell"]:checked').length
				+ document.querySelectorAll('#availability-form input[type="hidden"][name="cell"]').length;
			count.textContent = count.dataset.template
				? count.dataset.template.replace('{0}', chosen) : String(chosen);
		}
		function box(target) {
			if (!target) {
				return null;
			}
			var cell = target.closest ? target.closest('td') : null;
			return cell && grid.contains(cell) ? cell.querySelector('input[type="checkbox"]') : null;
		}
		grid.addEventListener('pointerdown', function (event) {
			if (event.pointerType === 'touch' || event.button !== 0) {
				return;
			}
			var input = box(event.target);
			if (!input) {
				return;
			}
			event.preventDefault();
			painting = true;
			state = !input.checked;
			input.checked = state;
			suppressClick = input;
			recount();
		});
		grid.addEventListener('pointerover', function (event) {
			if (!painting) {
				return;
			}
			var input = box(event.target);
			if (input && input.checked !== state) {
				input.checked = state;
				recount();
			}
		});
		document.addEventListener('pointerup', function () {
			painting = false;
			// Only the click of this very press is the one to undo.
			window.setTimeout(function () {
				suppressClick = null;
			}, 0);
		});
		// The click that follows a pointerdown would toggle the box back.
		grid.addEventListener('click', function (event) {
			var input = box(event.target);
			if (input && input === suppressClick) {
				event.preventDefault();
				suppressClick = null;
			}
		});
		grid.addEventListener('change', recount);
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
