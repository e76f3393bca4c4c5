/*
 * Foresite colour scheme: runs in <head>, before the page paints, so a reader's choice (remembered across
 * pages) applies without a flash. Without a choice the system setting decides (the stylesheet's media query).
 */
(function () {
  'use strict';
  try {
    var choice = window.localStorage.getItem('foresite-theme');
    if (choice === 'dark' || choice === 'light') document.documentElement.setAttribute('data-theme', choice);
  } catch (e) {
    /* Storage may be disabled (private mode, file:// in some browsers): the system setting applies. */
  }
})();
