package org.educloud.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The shared field fragments ({@code platform/fields}) give the controls a page's script drives the same label,
 * error and ids as every other field, and carry the classes and data attributes the script finds them by.
 */
class FieldFragmentsTest {

    private final SpringTemplateEngine engine = engine();

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver fragments = new ClassLoaderTemplateResolver();
        fragments.setPrefix("templates/");
        fragments.setSuffix(".html");
        fragments.setCharacterEncoding("UTF-8");
        fragments.setCheckExistence(true);
        fragments.setOrder(1);
        StringTemplateResolver pages = new StringTemplateResolver();
        pages.setOrder(2);
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("level.LOW", Locale.ENGLISH, "Low");
        messages.addMessage("level.HIGH", Locale.ENGLISH, "High");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(fragments);
        engine.addTemplateResolver(pages);
        engine.setTemplateEngineMessageSource(messages);
        engine.addDialect(new FieldAttributesDialect());
        return engine;
    }

    private Document render(String page, Map<String, Object> model) {
        Context context = new Context(Locale.ENGLISH, model);
        return Jsoup.parseBodyFragment(engine.process("<div>" + page + "</div>", context));
    }

    @Test
    void aSelectDrawnForAScriptCarriesItsClassDataAttributesAndRichLabelAndNoName() {
        Document page = render("""
                <th:block th:replace="~{platform/fields :: selectField(name=${null}, fieldId='pair-3-A', cssClass='pair',
                     attrs=${ {'data-premise': premise} }, label=${premise + ' <em>x</em>'}, labelHtml=true, blank='-',
                     options=${ {'1', '2'} }, selected='2', disabled=true, bare=true)}"></th:block>""",
                Map.of("premise", "A\"<b>"));

        Element select = page.selectFirst("select");
        assertThat(select.id()).isEqualTo("pair-3-A");
        assertThat(select.hasAttr("name")).as("the script saves it, no form posts it").isFalse();
        assertThat(select.className()).isEqualTo("pair");
        assertThat(select.attr("data-premise")).isEqualTo("A\"<b>");
        assertThat(select.hasAttr("disabled")).isTrue();
        assertThat(select.selectFirst("option[selected]").val()).isEqualTo("2");
        Element label = page.selectFirst("label[for=pair-3-A]");
        assertThat(label.selectFirst("em").text()).as("sanitised rich text is written as it is").isEqualTo("x");
        assertThat(page.selectFirst("div > div")).as("bare: no wrapper").isNull();
    }

    @Test
    void aControlsErrorIsMarkedTheSameWayWithItsOwnClassKept() {
        Document page = render("""
                <div th:replace="~{platform/fields :: textareaField(name='text', fieldId='text-2', cssClass='written', label='Answer',
                     rows=6, errorKey='answers')}"></div>""",
                Map.of("errors", Map.of("answers", "Too long")));

        Element area = page.selectFirst("textarea");
        assertThat(area.classNames()).containsExactlyInAnyOrder("written", "invalid");
        assertThat(area.attr("aria-invalid")).isEqualTo("true");
        assertThat(area.attr("aria-describedby")).isEqualTo("text-2-error");
        assertThat(page.selectFirst("#text-2-error").text()).isEqualTo("Too long");
        assertThat(page.selectFirst("label[for=text-2]").text()).isEqualTo("Answer");
    }

    @Test
    void aFieldWithoutTheNewParametersIsWrittenAsBefore() {
        Document page = render("""
                <div th:replace="~{platform/fields :: inputField(name='title', label='Title', required=true)}"></div>""",
                Map.of());

        Element input = page.selectFirst("input#title");
        assertThat(input.hasAttr("class")).isFalse();
        assertThat(input.attributes().asList()).noneMatch(a -> a.getKey().startsWith("data-") || a.getKey().contains(":"));
        assertThat(input.hasAttr("required")).isTrue();
        assertThat(input.outerHtml()).as("the name stands where it always did").contains("id=\"title\" name=\"title\"");
    }

    @Test
    void radiosTakeALabelPerOptionAndShowTheirErrorUnderTheGroup() {
        Document page = render("""
                <fieldset th:replace="~{platform/fields :: radios(name='levels[0]', label='Clarity', legendHidden=true, groupClass='levels',
                     options=${ {0, 1, 2} }, labels=${ {'Poor (0)', 'Fair (1)', 'Good (2)'} }, selected=1, required=true)}"></fieldset>""",
                Map.of("errors", Map.of("levels[0]", "Choose a level")));

        Element group = page.selectFirst("fieldset.levels");
        assertThat(group.attr("aria-describedby")).isEqualTo("levels[0]-error");
        assertThat(group.selectFirst("legend").className()).isEqualTo("visually-hidden");
        assertThat(group.select("label.check").eachText()).containsExactly("Poor (0)", "Fair (1)", "Good (2)");
        assertThat(group.select("input[type=radio][required][name='levels[0]']")).hasSize(3);
        assertThat(group.selectFirst("input[checked]").val()).isEqualTo("1");
        assertThat(page.getElementById("levels[0]-error").text()).isEqualTo("Choose a level");
    }

    @Test
    void radiosWithoutLabelsStillNameTheirOptionsByKey() {
        Document page = render("""
                <fieldset th:replace="~{platform/fields :: radios(name='level', label='Level', options=${ {'LOW', 'HIGH'} },
                     key='level.', selected='HIGH')}"></fieldset>""", Map.of());

        assertThat(page.select("label.check").eachText()).containsExactly("Low", "High");
        assertThat(page.selectFirst("input[checked]").val()).isEqualTo("HIGH");
        assertThat(page.selectFirst("input").hasAttr("required")).isFalse();
    }

    @Test
    void aQuestionsOptionShowsItsLetterRichTextAndWhetherItIsTheKey() {
        Document page = render("""
                <label th:replace="~{platform/fields :: choice(type='radio', name='answer-4', value='B', optionClass='answer-choice',
                     prefix='B', label='<sup>3</sup>/4', labelHtml=true, badge='Correct', checked=true, disabled=true)}"></label>""",
                Map.of());

        Element option = page.selectFirst("label.answer-choice");
        Element box = option.selectFirst("input[type=radio][name=answer-4]");
        assertThat(box.val()).isEqualTo("B");
        assertThat(box.hasAttr("checked")).isTrue();
        assertThat(box.hasAttr("disabled")).isTrue();
        assertThat(option.selectFirst(".option-id").text()).isEqualTo("B");
        assertThat(option.selectFirst("sup").text()).isEqualTo("3");
        assertThat(option.selectFirst(".badge.ok").text()).isEqualTo("Correct");
    }

    @Test
    void aGroupsErrorLaidOutByThePageTakesTheGroupsIdAndTheTextGiven() {
        Document page = render("""
                <p th:replace="~{platform/fields :: fieldError(name='pairs', errorText=${errors.get('choices')})}"></p>
                <p th:replace="~{platform/fields :: fieldError(name='blanks')}"></p>""",
                Map.of("errors", Map.of("choices", "Two pairs at least")));

        assertThat(page.getElementById("pairs-error").text()).isEqualTo("Two pairs at least");
        assertThat(page.getElementById("blanks-error")).as("no error, no line").isNull();
    }

    @Test
    void extraAttributesAreDataAndAriaOnlyNeverAnEventHandler() {
        assertThatThrownBy(() -> render("""
                <div th:replace="~{platform/fields :: inputField(name='q', attrs=${ {'onclick': 'alert(1)'} })}"></div>""",
                Map.of())).hasStackTraceContaining("data-* and aria-* attributes only");
    }
}
