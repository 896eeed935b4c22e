/**
 * The demo item bank and quiz: sixty items on the four knowledge points of 分数的初步认识, written by 王老师 and
 * approved for her school, and a unit quiz her 三年级(1)班 has taken, answered by a simple ability model so the
 * results, item analysis and mastery have the shape real classes give.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.assessment;
