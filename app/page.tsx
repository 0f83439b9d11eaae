import Link from "next/link";

export default function HomePage() {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">AI mock interviewer</h1>
      <p className="text-slate-600">AIGC 与视频生成算法岗模拟面试：按参考答案逐点评分。</p>
      <Link href="/bank" className="text-blue-700 underline">
        Browse the question bank
      </Link>
    </section>
  );
}
