//! The story benchmark's input, shared by benches/throughput.rs and examples/profile.rs (included
//! with `#[path]`): 200 articles of about 5 KB, cut from the corpus texts in turn.

/// 200 articles of at least 5,000 bytes each, made of whole corpus texts.
pub fn story_articles(docs: &[String]) -> Vec<String> {
    let mut articles: Vec<String> = Vec::new();
    let mut cur = String::new();
    if docs.iter().all(|d| d.is_empty()) {
        return articles;
    }
    for d in docs.iter().cycle() {
        cur.push_str(d);
        cur.push_str("\n\n");
        if cur.len() >= 5_000 {
            articles.push(std::mem::take(&mut cur));
            if articles.len() == 200 {
                break;
            }
        }
    }
    articles
}
