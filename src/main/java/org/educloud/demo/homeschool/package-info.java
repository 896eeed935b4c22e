/**
 * The demo's home–school notices: 王老师's notice to her 三年级(1)班 asking for a parent's signature, signed by
 * 张建华, and 实验小学's notice to the whole of grade three that still waits for him on his home page; and a
 * conversation of 张建华 with 王老师 in one-to-one messages.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.homeschool;
