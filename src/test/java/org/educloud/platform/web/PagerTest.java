package org.educloud.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Every list pages the same way, and turning a page keeps the filters the reader set. */
@EduCloudTest
class PagerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void turningAPageKeepsTheReadersFilters() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("city.admin").password("EduCloud2026")).andReturn()
                .getResponse().getCookie("SESSION");
        String first = mvc.perform(get("/roster/students").param("gender", "FEMALE").cookie(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("href=\"/roster/students?gender=FEMALE&amp;page=1\"")
                .doesNotContain("page=-1");

        String second = mvc.perform(get("/roster/students").param("gender", "FEMALE").param("page", "1")
                .cookie(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("href=\"/roster/students?gender=FEMALE&amp;page=0\"",
                "href=\"/roster/students?gender=FEMALE&amp;page=2\"");
    }

    @Test
    void aPageLinkCarriesEveryFilterPercentEncodedAndReplacesOnlyThePage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/audit");
        request.addParameter("action", "登录");
        request.addParameter("actor", "a&b c");
        request.addParameter("page", "3");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThat(new PageLinks().to(4))
                    .isEqualTo("/admin/audit?action=%E7%99%BB%E5%BD%95&actor=a%26b%20c&page=4");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void aPostedFormIsNotCarriedIntoPageLinks() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/library/review");
        request.addParameter("comment", "不通过");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThat(new PageLinks().to(1)).isEqualTo("/library/review?page=1");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
