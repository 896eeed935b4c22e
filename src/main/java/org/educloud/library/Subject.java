package org.educloud.library;

/** The subjects of the national curriculum that resources and knowledge points are filed under. */
public enum Subject {
    CHINESE, MATHEMATICS, ENGLISH, MORALITY, SCIENCE, PHYSICS, CHEMISTRY, BIOLOGY, HISTORY, GEOGRAPHY,
    INFORMATION_TECHNOLOGY, MUSIC, ARTS, PHYSICAL_EDUCATION, LABOUR, OTHER
}
