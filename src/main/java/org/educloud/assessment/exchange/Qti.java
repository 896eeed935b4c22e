package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What QTI 2.x and 3.0 share once their spelling is set aside: 2.x writes {@code choiceInteraction maxChoices},
 * 3.0 writes {@code qti-choice-interaction max-choices}. Every element and attribute is looked at under its 2.x
 * name, so the readers below read both versions with one set of rules.
 */
final class Qti {

    static final String V2P1 = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String V2P2 = "http://www.imsglobal.org/xsd/imsqti_v2p2";
    static final String V2P0 = "http://www.imsglobal.org/xsd/imsqti_v2p0";
    static final String V3 = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    static final Set<String> ITEM_NAMESPACES = Set.of(V2P0, V2P1, V2P2, V3);

    private Qti() {
    }

    /** The 2.x name of an element: {@code qti-simple-choice} is {@code simpleChoice}. */
    static String name(Node node) {
        String local = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        return local.startsWith("qti-") ? camel(local.substring(4)) : local;
    }

    static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An attribute by its 2.x name, or its 3.0 spelling; empty when absent. */
    static String attr(Element element, String camelName) {
        if (element.hasAttribute(camelName)) {
            return element.getAttribute(camelName).strip();
        }
        return element.getAttribute(kebab(camelName)).strip();
    }

    static boolean isQti(Node node) {
        return node.getNamespaceURI() == null || ITEM_NAMESPACES.contains(node.getNamespaceURI());
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name(e).equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static @Nullable Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Every element of this name below {@code root}, in document order. */
    static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        collect(root, name, found);
        return found;
    }

    private static void collect(Element element, String name, List<Element> found) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (name(e).equals(name)) {
                    found.add(e);
                }
                collect(e, name, found);
            }
        }
    }

    /** Every element below {@code root}, in document order (a snapshot: callers may remove while walking). */
    static List<Element> elements(Element root) {
        List<Element> found = new ArrayList<>();
        collectAll(root, found);
        return found;
    }

    private static void collectAll(Element element, List<Element> found) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
                collectAll(e, found);
            }
        }
    }

    /**
     * Where an element is in its file, as the file spells it: {@code qti-item-body/div[2]/qti-slider-interaction}
     * (a position only where siblings share the name).
     */
    static String location(Element element) {
        List<String> steps = new ArrayList<>();
        for (Node n = element; n instanceof Element e && e.getParentNode() instanceof Element parent;
             n = parent) {
            String local = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
            int index = 0;
            int same = 0;
            for (Node s = parent.getFirstChild(); s != null; s = s.getNextSibling()) {
                if (s instanceof Element sibling && sibling.getNodeName().equals(e.getNodeName())) {
                    same++;
                    if (sibling == e) {
                        index = same;
                    }
                }
            }
            steps.addFirst(same > 1 ? local + "[" + index + "]" : local);
        }
        return String.join("/", steps);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
