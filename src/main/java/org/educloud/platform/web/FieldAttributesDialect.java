package org.educloud.platform.web;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * What the standard dialect cannot write on a shared field fragment's control ({@code platform/fields}).
 * <p>
 * {@code ec:name="${name}"}: the control's name where it stands, or no name at all when it has none (a widget whose
 * script saves it, never posted with a form); {@code th:name} writes {@code name=""} then, and {@code th:attr} would
 * move the name behind the other attributes.
 * <p>
 * {@code ec:attrs="${map}"}: the {@code data-*} and {@code aria-*} attributes a page's script reads, handed to a
 * shared field fragment ({@code platform/fields}) as one optional parameter, e.g.
 * {@code selectField(name=..., attrs=${ {'data-premise': c.id()} })}. Th:attr names its attributes in the template,
 * so a fragment could only pass on the ones it lists; this passes on any of these two kinds and no other (no event
 * handlers, no {@code style}), their values escaped as th:attr escapes them. A value that is null leaves its
 * attribute out.
 */
@Component
class FieldAttributesDialect extends AbstractProcessorDialect {

    FieldAttributesDialect() {
        super("EduCloud field attributes", "ec", StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new Attrs(dialectPrefix), new Name(dialectPrefix));
    }

    /** An {@code ec:} attribute whose value is an expression, evaluated as th: attributes are. */
    abstract static class ExpressionAttribute extends AbstractAttributeTagProcessor {

        ExpressionAttribute(String dialectPrefix, String attribute, boolean removeAttribute) {
            super(TemplateMode.HTML, dialectPrefix, null, false, attribute, true,
                    StandardDialect.PROCESSOR_PRECEDENCE, removeAttribute);
        }

        @Override
        protected final void doProcess(ITemplateContext context, IProcessableElementTag tag,
                AttributeName attributeName, String attributeValue, IElementTagStructureHandler structureHandler) {
            apply(StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context), attributeName, structureHandler);
        }

        abstract void apply(@Nullable Object value, AttributeName attributeName, IElementTagStructureHandler element);
    }

    static final class Name extends ExpressionAttribute {

        Name(String dialectPrefix) {
            super(dialectPrefix, "name", false);
        }

        @Override
        void apply(@Nullable Object name, AttributeName attributeName, IElementTagStructureHandler element) {
            if (name == null || name.toString().isEmpty()) {
                element.removeAttribute(attributeName);
            } else {
                element.replaceAttribute(attributeName, "name", HtmlEscape.escapeHtml4Xml(name.toString()));
            }
        }
    }

    static final class Attrs extends ExpressionAttribute {

        private static final Pattern NAME = Pattern.compile("(data|aria)(-[a-z0-9]+)+");

        Attrs(String dialectPrefix) {
            super(dialectPrefix, "attrs", true);
        }

        @Override
        void apply(@Nullable Object attributes, AttributeName attributeName, IElementTagStructureHandler element) {
            if (attributes == null) {
                return;
            }
            if (!(attributes instanceof Map<?, ?> map)) {
                throw new TemplateProcessingException("ec:attrs takes a map of data-* and aria-* attributes, not "
                        + attributes.getClass().getSimpleName());
            }
            for (Map.Entry<?, ?> attribute : map.entrySet()) {
                String name = String.valueOf(attribute.getKey());
                if (!NAME.matcher(name).matches()) {
                    throw new TemplateProcessingException("ec:attrs sets data-* and aria-* attributes only, not " + name);
                }
                if (attribute.getValue() == null) {
                    element.removeAttribute(name);
                } else {
                    element.setAttribute(name, HtmlEscape.escapeHtml4Xml(String.valueOf(attribute.getValue())));
                }
            }
        }
    }
}
