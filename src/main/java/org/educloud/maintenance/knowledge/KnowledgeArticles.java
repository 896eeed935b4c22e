package org.educloud.maintenance.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeArticles extends JpaRepository<KnowledgeArticle, Long> {
}
