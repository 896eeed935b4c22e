package org.educloud.platform.web;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
        return Set.of(new Attrs(dialectPrefix));
    }

    static final class Attrs extends AbstractAttributeTagProcessor {

        private static final Pattern NAME = Pattern.compile("(data|aria)(-[a-z0-9]+)+");

        Attrs(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, null, false, "attrs", true,
                    StandardDialect.PROCESSOR_PRECEDENCE, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structureHandler) {
            Object attributes = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
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
                    structureHandler.removeAttribute(name);
                } else {
                    structureHandler.setAttribute(name, HtmlEscape.escapeHtml4Xml(String.valueOf(attribute.getValue())));
                }
            }
        }
    }
}
