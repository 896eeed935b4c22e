package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * What a QTI item says about its responses outside the body: each response declaration (cardinality, base type,
 * correct values, the mapping's entries) and the absolute tolerances its response processing allows.
 */
final class QtiDeclarations {

    /** One {@code responseDeclaration} of an item. */
    record Declaration(String cardinality, String baseType, List<String> correct, Map<String, Double> mapping) {
    }

    private QtiDeclarations() {
    }

    /** The item's response declarations by identifier. */
    static Map<String, Declaration> of(Element root) {
        Map<String, Declaration> declarations = new HashMap<>();
        for (Element d : Qti.children(root, "responseDeclaration")) {
            List<String> correct = new ArrayList<>();
            Element correctResponse = Qti.child(d, "correctResponse");
            if (correctResponse != null) {
                Qti.children(correctResponse, "value").forEach(v -> correct.add(v.getTextContent().strip()));
            }
            Map<String, Double> mapping = new LinkedHashMap<>();
            Element map = Qti.child(d, "mapping");
            if (map != null) {
                for (Element entry : Qti.children(map, "mapEntry")) {
                    try {
                        mapping.put(Qti.attr(entry, "mapKey"), Double.parseDouble(Qti.attr(entry, "mappedValue")));
                    } catch (NumberFormatException ignored) {
                        // an entry without a usable value gives no credit, so it accepts nothing
                    }
                }
            }
            declarations.put(Qti.attr(d, "identifier"), new Declaration(Qti.attr(d, "cardinality"),
                    Qti.attr(d, "baseType"), correct, mapping));
        }
        return declarations;
    }

    /** The absolute tolerance an {@code equal} of the response processing gives a response, if any. */
    static Map<String, Double> tolerances(Element root) {
        Map<String, Double> tolerances = new HashMap<>();
        Element processing = Qti.child(root, "responseProcessing");
        if (processing == null) {
            return tolerances;
        }
        for (Element equal : Qti.descendants(processing, "equal")) {
            if (!"absolute".equals(Qti.attr(equal, "toleranceMode"))) {
                continue;
            }
            String[] bounds = Qti.attr(equal, "tolerance").split("\\s+");
            for (Element variable : Qti.descendants(equal, "variable")) {
                try {
                    tolerances.put(Qti.attr(variable, "identifier"), Double.parseDouble(bounds[0]));
                } catch (NumberFormatException ignored) {
                    // a tolerance given by a template variable: the blank is then exact
                }
            }
        }
        return tolerances;
    }
}
