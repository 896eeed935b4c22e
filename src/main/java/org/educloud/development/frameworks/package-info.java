/**
 * Competence frameworks as data: the national JY/T 0646—2022 shipped as a file and loaded on start, a bureau's
 * local framework brought in from CSV/XLSX (all or nothing, each problem named by row), and the pages listing them.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.frameworks;
