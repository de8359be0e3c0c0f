//! The baseline: a Yew counter that marks its first render.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    use_effect_with((), |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("counter:first-render");
        }
    });
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <button {onclick}>{ format!("Clicked {} times", *count) }</button> }
}

/// Renders the counter into the page's body.
#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Counter>::new().render();
}
