// Progressive enhancements only: every page works without this file.
(function () {
	'use strict';

	// Name suggestions for a search box with data-suggest="/api/people": as the reader
	// types, the people whose names start with the text fill a datalist. Choosing one puts
	// the name in the box; submitting searches for it, and the search finds every name of
	// that person.
	function suggestNames(input) {
		var endpoint = input.getAttribute('data-suggest');
		var list = document.createElement('datalist');
		list.id = input.id + '-suggestions';
		input.insertAdjacentElement('afterend', list);
		input.setAttribute('list', list.id);

		var timer = null;
		var pending = null;
		var lastAsked = null;

		function show(people) {
			var seen = {};
			list.replaceChildren();
			people.forEach(function (person) {
				if (!person || typeof person.name !== 'string' || seen[person.name]) {
					return;
				}
				seen[person.name] = true;
				var option = document.createElement('option');
				option.value = person.name;
				list.appendChild(option);
			});
		}

		function ask(prefix) {
			if (pending) {
				pending.abort();
			}
			pending = new AbortController();
			lastAsked = prefix;
			fetch(endpoint + '?prefix=' + encodeURIComponent(prefix), {
				headers: { 'Accept': 'application/json' },
				signal: pending.signal
			}).then(function (response) {
				return response.ok ? response.json() : [];
			}).then(function (people) {
				if (prefix === lastAsked && Array.isArray(people)) {
					show(people);
				}
			}).catch(function (error) {
				if (error.name !== 'AbortError') {
					list.replaceChildren();
				}
			});
		}

		input.addEventListener('input', function () {
			var prefix = input.value.trim();
			clearTimeout(timer);
			if (prefix.length < 1) {
				list.replaceChildren();
				return;
			}
			if (prefix === lastAsked) {
				return;
			}
			timer = setTimeout(function () { ask(prefix); }, 150);
		});
	}

	function enhance() {
		document.querySelectorAll('input[data-suggest][id]').forEach(suggestNames);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', enhance);
	}
	else {
		enhance();
	}
}());
