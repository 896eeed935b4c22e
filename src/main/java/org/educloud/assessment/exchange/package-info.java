/**
 * Items in and out of the bank in bulk: IMS QTI content packages (2.1, 2.2 and 3.0) imported and QTI 3.0 packages
 * exported, the XLSX/CSV template teachers already fill in, and the images such items carry (stored once, served
 * only to people of the school that brought them in). Every import is all or nothing: each item is read and
 * checked first, and only a package or file without a problem is stored, items and images in one transaction.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.assessment.exchange;
