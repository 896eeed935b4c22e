/**
 * The knowledge base of fixes: articles (symptom, the fix's steps as sanitised HTML, tags, network / device / platform)
 * written by a district's operations staff and bureau admins, read by the district's schools and vendors, and found
 * by a Chinese search over a small Lucene index on local disk, analysed as the library's is.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.maintenance.knowledge;
