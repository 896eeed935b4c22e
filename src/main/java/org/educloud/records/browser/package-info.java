/**
 * The statement browser for administrators: the records page, which reads the statements the learning record store
 * holds about learners within the admin's reach (masked), with the store's health, and shows verbs by their names.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.records.browser;
