/**
 * The exported county reports: the balance report as PDF and XLSX built in the background by a small pool of
 * export jobs, stored for a few days for download, with their pages and JSON API.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.equity.reports;
