package org.foresite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.foresite.Fixtures;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.junit.jupiter.api.Test;

class LinkerTest {
    private static final KnowledgeBase KB = Linker.link(Stream.of("robotic-farming.md", "urban-heat.md",
            "quantum-sensors.md", "energy-review.md", "drone-delivery.md", "heritage-seed.txt", "edge-cases.md",
            "untitled.md").map(f -> Fixtures.parse(f).article()).toList());

    private static Term theme(String key) {
        return KB.themes().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void ordersArticlesNewestFirstWithUndatedLast() {
        assertEquals(List.of("energy-review", "quantum-sensors", "urban-heat", "edge-cases", "robotic-farming",
                "heritage-seed", "drone-delivery", "untitled"), KB.articles().stream().map(Article::id).toList());
    }

    @Test
    void resolvesClosestByIdThenTitleAndDropsSelfLinksAndDuplicates() {
        assertEquals(List.of(
                new ClosestLink("Cities Prepare for Longer Heatwaves", "urban-heat"),
                new ClosestLink("Quantum Sensors Find Their First Markets", "quantum-sensors"),
                new ClosestLink("An article that was never collected", null),
                new ClosestLink("Escape attempt", null)), KB.closest().get("robotic-farming"));
        assertEquals(List.of(new ClosestLink("Cities Prepare for Longer Heatwaves", "urban-heat"),
                new ClosestLink("not a link at all", null)), KB.closest().get("edge-cases"),
                "a target written as a file name resolves to the article");
    }

    @Test
    void collectsBacklinksNewestFirst() {
        assertEquals(List.of("edge-cases", "robotic-farming"), KB.referencedBy().get("urban-heat"));
        assertEquals(List.of("heritage-seed"), KB.referencedBy().get("robotic-farming"));
        assertEquals(List.of(), KB.referencedBy().get("energy-review"));
    }

    @Test
    void mergesTermsCaseAndWidthInsensitivelyWithTheCommonestSpelling() {
        Term aiSystem = theme("ai system");
        assertEquals("AI System", aiSystem.display(), "'AI System' once, 'AI system' once: code-point order breaks the tie");
        assertEquals(List.of("urban-heat", "robotic-farming"), aiSystem.articleIds());
        Term ai = theme("ai");
        assertEquals(List.of("energy-review", "quantum-sensors"), ai.articleIds(), "ＡＩ and ai are one theme");
        Term agriculture = theme("agriculture");
        assertEquals("Agriculture", agriculture.display(), "two 'Agriculture' against one 'agriculture'");
        assertEquals(List.of("edge-cases", "robotic-farming", "heritage-seed"), agriculture.articleIds());
    }

    @Test
    void listsTermsAlphabetically() {
        assertEquals(List.of("Agriculture", "ai", "AI System", "automation", "climate adaptation", "Cultural heritage",
                "energy", "logistics", "Navigation", "public health", "quantum technology", "Urban planning"),
                KB.themes().stream().map(Term::display).toList());
    }

    @Test
    void relatedArticlesFillInWhereClosestLinksNothing() {
        assertEquals(List.of("robotic-farming", "untitled"), KB.related().get("urban-heat"),
                "the theme and keyword 'AI system' outweigh the theme 'Urban planning' alone");
        assertEquals(List.of("energy-review", "edge-cases"), KB.related().get("quantum-sensors"),
                "a shared theme (ai) counts twice a shared keyword (C++)");
        assertEquals(List.of("urban-heat"), KB.related().get("untitled"));
        assertEquals(null, KB.related().get("drone-delivery"), "nothing shared, nothing related");
        assertEquals(null, KB.related().get("robotic-farming"), "articles with a resolved Closest entry need none");
    }
}
