// A pretend store page that embeds the demo workspace's widget exactly as a customer would:
// one script tag. Served by Baton itself so the demo works without a second website.
const DEMO_WIDGET_KEY = "pk_demo_northwind";

const PRODUCTS = [
  { name: "Ridge Shell Jacket", price: "$189", note: "Waterproof, 3-layer" },
  { name: "Trailhead Fleece", price: "$79", note: "Recycled polyester" },
  { name: "Summit Down Vest", price: "$129", note: "650-fill down" },
];

export function WidgetDemoPage() {
  return (
    <main className="min-h-screen bg-stone-50 text-stone-900">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-4">
          <span className="text-lg font-semibold">Northwind Outfitters</span>
          <span className="text-sm text-stone-500">Free shipping over $50 · 30-day returns</span>
        </div>
      </header>
      <section className="mx-auto max-w-5xl px-6 py-12">
        <h1 className="text-3xl font-semibold">Gear for every trail</h1>
        <p className="mt-2 max-w-xl text-stone-600">
          This is a demo store page. The chat bubble in the corner is Baton&apos;s widget, embedded with one script tag. Ask it about
          shipping, returns or payment, or ask for a person.
        </p>
        <div className="mt-8 grid gap-4 sm:grid-cols-3">
          {PRODUCTS.map((product) => (
            <article key={product.name} className="rounded-lg border border-stone-200 bg-white p-5">
              <div className="aspect-[4/3] rounded bg-stone-100" aria-hidden />
              <h2 className="mt-4 font-medium">{product.name}</h2>
              <p className="text-sm text-stone-500">{product.note}</p>
              <p className="mt-2 font-semibold">{product.price}</p>
            </article>
          ))}
        </div>
        <pre className="mt-10 overflow-x-auto rounded bg-stone-900 p-4 text-sm text-stone-100">{`<script src="/widget.js" data-key="${DEMO_WIDGET_KEY}" async></script>`}</pre>
      </section>
      <script src="/widget.js" data-key={DEMO_WIDGET_KEY} async />
    </main>
  );
}
