// Progressive enhancements only: every page works without this file.
(function () {
	'use strict';

	// Name suggestions for a search box with data-suggest="/api/people": as the reader
	// types, the people whose names (in any script) start with the text are listed under
	// the box, an ARIA combobox with a listbox. Choosing one searches for that name, and the
	// search finds every name of that person. Without this file the box is a plain search.
	function suggestNames(input) {
		var endpoint = input.getAttribute('data-suggest');
		var form = input.form;
		var list = document.createElement('ul');
		list.id = input.id + '-suggestions';
		list.className = 'suggestions';
		list.setAttribute('role', 'listbox');
		list.hidden = true;
		input.insertAdjacentElement('afterend', list);
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-controls', list.id);
		input.setAttribute('aria-expanded', 'false');
		input.parentElement.classList.add('has-suggestions');

		var timer = null;
		var pending = null;
		var lastAsked = null;
		var active = -1;

		function options() {
			return Array.prototype.slice.call(list.querySelectorAll('[role=option]'));
		}

		function close() {
			list.hidden = true;
			input.setAttribute('aria-expanded', 'false');
			input.removeAttribute('aria-activedescendant');
			active = -1;
		}

		function highlight(index) {
			var all = options();
			active = index;
			all.forEach(function (option, i) {
				option.setAttribute('aria-selected', i === index ? 'true' : 'false');
			});
			if (index >= 0 && all[index]) {
				input.setAttribute('aria-activedescendant', all[index].id);
			}
			else {
				input.removeAttribute('aria-activedescendant');
			}
		}

		function choose(option) {
			input.value = option.getAttribute('data-value');
			lastAsked = input.value;
			close();
			if (form) {
				form.requestSubmit ? form.requestSubmit() : form.submit();
			}
		}

		function show(people) {
			var seen = {};
			list.replaceChildren();
			people.forEach(function (person) {
				if (!person || typeof person.name !== 'string' || seen[person.name]) {
					return;
				}
				seen[person.name] = true;
				var option = document.createElement('li');
				option.id = list.id + '-' + list.children.length;
				option.setAttribute('role', 'option');
				option.setAttribute('aria-selected', 'false');
				option.setAttribute('data-value', person.name);
				option.textContent = person.name;
				option.addEventListener('mousedown', function (event) {
					// Keep the focus in the box until the choice is made.
					event.preventDefault();
				});
				option.addEventListener('click', function () { choose(option); });
				list.appendChild(option);
			});
			active = -1;
			if (list.children.length > 0 && document.activeElement === input) {
				list.hidden = false;
				input.setAttribute('aria-expanded', 'true');
			}
			else {
				close();
			}
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
					close();
				}
			});
		}

		input.addEventListener('input', function () {
			var prefix = input.value.trim();
			clearTimeout(timer);
			if (prefix.length < 1) {
				lastAsked = null;
				list.replaceChildren();
				close();
				return;
			}
			if (prefix === lastAsked) {
				return;
			}
			timer = setTimeout(function () { ask(prefix); }, 150);
		});

		input.addEventListener('keydown', function (event) {
			var all = options();
			if (list.hidden || all.length === 0) {
				return;
			}
			if (event.key === 'ArrowDown') {
				event.preventDefault();
				highlight((active + 1) % all.length);
			}
			else if (event.key === 'ArrowUp') {
				event.preventDefault();
				highlight(active <= 0 ? all.length - 1 : active - 1);
			}
			else if (event.key === 'Enter' && active >= 0) {
				event.preventDefault();
				choose(all[active]);
			}
			else if (event.key === 'Escape') {
				event.preventDefault();
				close();
			}
		});

		input.addEventListener('blur', close);
	}

	// A running import job on the admin page: its bar and counts follow the job's JSON
	// once a second until it ends. Without this file the page shows them as of its loading.
	function followJob(item) {
		var bar = item.querySelector('progress');
		var state = item.querySelector('.job-state');
		var counts = item.querySelector('.job-counts');
		var format = counts.getAttribute('data-format');

		function show(job) {
			bar.max = Math.max(job.files.total, 1);
			bar.value = job.files.done;
			state.textContent = job.state;
			var values = [job.files.done, job.files.total, job.articles.created, job.articles.updated,
				job.articles.unchanged, job.articles.rejected, job.articlesPerSecond];
			counts.textContent = format.replace(/\{(\d)\}/g, function (all, n) { return String(values[n]); });
			if (job.state !== 'QUEUED' && job.state !== 'RUNNING') {
				var cancel = item.querySelector('form');
				if (cancel) {
					cancel.remove();
				}
				return true;
			}
			return false;
		}

		function poll() {
			fetch(item.getAttribute('data-job'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
				.then(function (response) { return response.ok ? response.json() : null; })
				.then(function (job) {
					if (job && !show(job)) {
						setTimeout(poll, 1000);
					}
				})
				.catch(function () { setTimeout(poll, 5000); });
		}

		setTimeout(poll, 1000);
	}

	function enhance() {
		document.querySelectorAll('input[data-suggest][id]').forEach(suggestNames);
		document.querySelectorAll('[data-job]').forEach(followJob);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', enhance);
	}
	else {
		enhance();
	}
}());
